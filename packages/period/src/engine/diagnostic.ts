import type { PeriodDiagnostic } from "../PeriodResult";
import type { Token } from "../text/tokenize";

/** Builds a diagnostic located on tokens `[from, to)`. */
export function diagnostic(
  code: string,
  severity: PeriodDiagnostic["severity"],
  vi: string,
  en: string,
  tokens: readonly Token[] | null,
  from = 0,
  to = 0,
): PeriodDiagnostic {
  const a = tokens?.[from];
  const b = tokens?.[Math.max(from, to - 1)];
  return { code, severity, vi, en, span: a && b ? { start: a.start, end: b.end } : null };
}
