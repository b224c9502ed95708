export { issuePath, localizeZodIssue, type ZodIssueLike } from "@kehoach/period";
export { type CoreDiagnosticCode, coreDiagnosticCodes } from "./coreDiagnosticCodes";
export { type BilingualMessage, createDiagnostic } from "./createDiagnostic";
export { KehoachError } from "./KehoachError";
export { type ZodIssuesToDiagnosticsOptions, zodIssuesToDiagnostics } from "./zodIssuesToDiagnostics";
