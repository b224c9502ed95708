import { type Diagnostic, zodIssuesToDiagnostics } from "@kehoach/core";
import type { z } from "zod";

/** Turns zod issues into located diagnostics (`location.path` points into the input), zod's words in both languages. */
export function validationDiagnostics(error: z.ZodError, what: { vi: string; en: string }): Diagnostic[] {
  return zodIssuesToDiagnostics("export.invalid-input", what, error.issues);
}
