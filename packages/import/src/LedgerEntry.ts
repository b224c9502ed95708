import { type SourceLocation, SourceLocationSchema } from "@kehoach/core";
import { z } from "zod";

/** What a non-blank source line or row turned out to be. */
export const LedgerKindSchema = z.enum([
  "title", // a title line above a table (or the "(Kèm theo …)" line)
  "header", // a header row (first or repeated after a page break)
  "activity", // the first row of an activity
  "continuation", // a later row of an activity (merged cell by cell)
  "diagnostic", // a row or line that could not be used; a diagnostic says why
  "metadata", // a line or row of the document's frame read as metadata (letterhead, number, date, title, signature)
  "body", // body text or a row outside the plan tables (a whole document's prose, its "Nơi nhận")
]);
/** What a non-blank source line or row turned out to be. */
export type LedgerKind = z.infer<typeof LedgerKindSchema>;

/** One entry of the row ledger: every non-blank source line/row has exactly one. */
export const LedgerEntrySchema = z.object({
  /** 1-based source line (text), block number (docx) or row (sheet). */
  line: z.number().int().positive(),
  location: SourceLocationSchema,
  kind: LedgerKindSchema,
  /** 0-based table index, or null for lines outside any table. */
  table: z.number().int().nonnegative().nullable(),
  /** The activity id for "activity" and "continuation" entries, else null. */
  activity: z.string().nullable(),
  /** For "diagnostic" entries: the code of the diagnostic that explains the line. */
  diagnostic: z.string().nullable(),
});
/** One entry of the row ledger. */
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** Builds a ledger entry. */
export function ledgerEntry(
  line: number,
  location: SourceLocation,
  kind: LedgerKind,
  table: number | null,
  activity: string | null = null,
  diagnosticCode: string | null = null,
): LedgerEntry {
  return { line, location, kind, table, activity, diagnostic: diagnosticCode };
}
