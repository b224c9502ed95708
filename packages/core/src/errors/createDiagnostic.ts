import type { Diagnostic, SourceLocation } from "../model/Diagnostic";

/** A message in both languages of the project. */
export interface BilingualMessage {
  vi: string;
  en: string;
}

/**
 * Builds a {@link Diagnostic}: a stable code, a severity, the message in
 * Vietnamese and English, and where it points (or null).
 */
export function createDiagnostic(
  code: string,
  severity: Diagnostic["severity"],
  message: BilingualMessage,
  location: SourceLocation | null = null,
): Diagnostic {
  return { code, severity, vi: message.vi, en: message.en, location };
}
