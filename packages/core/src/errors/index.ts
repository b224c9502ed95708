export { type BilingualMessage, createDiagnostic } from "./createDiagnostic";
export { KehoachError } from "./KehoachError";
export { localizeZodIssue, type ZodIssueLike } from "./localizeZodIssue";
export {
  issuePath,
  type ZodIssuesToDiagnosticsOptions,
  zodIssuesToDiagnostics,
} from "./zodIssuesToDiagnostics";
