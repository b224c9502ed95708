export { type BilingualMessage, createDiagnostic } from "./createDiagnostic";
export { KehoachError } from "./KehoachError";
