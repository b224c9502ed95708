import type { BilingualMessage } from "@kehoach/period";
import type { Diagnostic, SourceLocation } from "../model/Diagnostic";

export type { BilingualMessage } from "@kehoach/period";

/**
 * Builds a {@link Diagnostic}: a stable code, a severity, the message in
 * Vietnamese and English, and where it points (or null).
 *
 * `C` is the package's union of codes: give it (`createDiagnostic<MyCode>`) and a
 * misspelt code does not compile; each kehoach package does this with its own
 * union (`CoreDiagnosticCode`, `ImportDiagnosticCode`, `StoreDiagnosticCode`, …).
 *
 * @example
 * ```ts
 * import { createDiagnostic } from "@kehoach/core";
 * type MyCode = "my-plugin.no-rewards";
 * const myDiagnostic = createDiagnostic<MyCode>;
 * myDiagnostic("my-plugin.no-rewards", "warning", { vi: "Chưa có khen thưởng", en: "No rewards yet" });
 * ```
 */
export function createDiagnostic<C extends string = string>(
  code: C,
  severity: Diagnostic["severity"],
  message: BilingualMessage,
  location: SourceLocation | null = null,
): Diagnostic & { code: C } {
  return { code, severity, vi: message.vi, en: message.en, location };
}
