import type { BilingualMessage } from "@kehoach/period";
import type { Diagnostic, SourceLocation } from "../model/Diagnostic";

export type { BilingualMessage } from "@kehoach/period";

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
