import type { ExportDiagnosticCode } from "./exportDiagnosticCodes";
/** An error a renderer raises for input that code (not a user's document) got wrong; bilingual. */
export class ExportError extends Error {
  readonly code: ExportDiagnosticCode;
  readonly vi: string;
  readonly en: string;

  constructor(message: { code: ExportDiagnosticCode; vi: string; en: string }) {
    super(message.en);
    this.name = "ExportError";
    this.code = message.code;
    this.vi = message.vi;
    this.en = message.en;
  }
}
