import type { Diagnostic } from "@kehoach/core";
import type { z } from "zod";
import { exportZodDiagnostics } from "../exportDiagnosticCodes";

/** Turns zod issues into located diagnostics (`location.path` points into the input), zod's words in both languages. */
export function validationDiagnostics(error: z.ZodError, what: { vi: string; en: string }): Diagnostic[] {
  return exportZodDiagnostics("export.invalid-input", what, error.issues);
}
