import { z } from "zod";
import { TextRangeSchema } from "./TextRange";

/** Where in a source a diagnostic points: a text line/column, a spreadsheet cell, or a JSON path. */
export const SourceLocationSchema = z.object({
  file: z.string().optional(),
  /** 1-based page in a paged source (PDF, scanned pages). */
  page: z.number().int().positive().optional(),
  /** 1-based line in a text source. */
  line: z.number().int().positive().optional(),
  /** 1-based column (character) in that line. */
  column: z.number().int().positive().optional(),
  /** Sheet name in a workbook. */
  sheet: z.string().optional(),
  /** A1-style cell reference, e.g. "C7". */
  cell: z.string().optional(),
  /** JSON path into validated data, e.g. ["activities", 3, "code"]. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
  /** Character range inside the text the function was given (a cell, a phrase). */
  span: TextRangeSchema.optional(),
});
/** Where in a source a diagnostic points: a text line/column, a spreadsheet cell, or a JSON path (validated by {@link SourceLocationSchema}). */
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

/** A typed, located problem report with its message in Vietnamese (`vi`) and English (`en`). */
export const DiagnosticSchema = z.object({
  /** Stable machine code, e.g. "unit.unresolved", "import.missing-code". */
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  vi: z.string(),
  en: z.string(),
  location: SourceLocationSchema.nullable(),
});
/** A typed, located problem report with its message in Vietnamese (`vi`) and English (`en`) (validated by {@link DiagnosticSchema}). */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
