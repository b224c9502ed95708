import type { Diagnostic } from "@kehoach/core";
import type { z } from "zod";

/** Turns zod issues into located diagnostics (`location.path` points into the input). */
export function validationDiagnostics(error: z.ZodError, what: { vi: string; en: string }): Diagnostic[] {
  return error.issues.map((issue) => ({
    code: "export.invalid-input",
    severity: "error" as const,
    vi: `${what.vi} không hợp lệ tại ${issue.path.join(".") || "(gốc)"}: ${issue.message}`,
    en: `invalid ${what.en} at ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    location: { path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)) },
  }));
}
