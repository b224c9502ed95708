export { type BilingualMessage, createDiagnostic } from "./createDiagnostic";
export { KehoachError } from "./KehoachError";
export {
  issuePath,
  type ZodIssueLike,
  type ZodIssuesToDiagnosticsOptions,
  zodIssuesToDiagnostics,
} from "./zodIssuesToDiagnostics";
