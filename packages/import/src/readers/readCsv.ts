import type { SourceLocation } from "@kehoach/core";
import Papa from "papaparse";
import { z } from "zod";
import { diagnostic } from "../diagnostics";
import { readSourceText } from "../encoding/decodeBytes";
import type { SourceBlock, SourceCell, SourceDocument } from "../SourceDocument";
import { createInlineMarkupReader } from "../text/parseInlineMarkup";
import { columnLetters } from "./readXlsx";

/** Options of {@link readCsv}. */
export const ReadCsvOptionsSchema = z
  .object({
    fileName: z.string().optional(),
    /** The field separator; detected among "," ";" and tab when absent. */
    delimiter: z.enum([",", ";", "\t"]).optional(),
  })
  .strict();
/** Options of {@link readCsv}. */
export type ReadCsvOptions = z.infer<typeof ReadCsvOptionsSchema>;

/** Picks the separator that splits the first lines most consistently. */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const sample = text
    .slice(0, 20000)
    .split(/\r?\n/u)
    .slice(0, 20)
    .filter((line) => line.trim() !== "");
  let best: "," | ";" | "\t" = ",";
  let bestScore = -1;
  for (const candidate of [",", ";", "\t"] as const) {
    const counts = sample.map((line) => line.split(candidate).length - 1);
    const total = counts.reduce((a, b) => a + b, 0);
    const lines = counts.filter((count) => count > 0).length;
    const score = lines * 1000 + total;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Whether a CSV's first record is the header of our own export: "Biểu" (the table's name), then the columns. */
function isOurExport(header: readonly string[] | undefined): boolean {
  return header !== undefined && header.length > 2 && (header[0] ?? "").normalize("NFC").trim() === "Biểu";
}

/** How many "\n" a cell holds. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let at = value.indexOf("\n"); at >= 0; at = value.indexOf("\n", at + 1)) count++;
  return count;
}

/** Undoes the export's formula guard: "'=…", "'+…", "'-…", "'@…" read as written before it. */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/u.test(value) ? value.slice(1) : value;
}

/**
 * Reads a CSV file (papaparse): UTF-8 with or without BOM (or a legacy
 * 8-bit encoding, converted), comma, semicolon or tab separated, quoted
 * fields with line breaks. Each record is a row block located by its first
 * line and A1-style cell; cells may hold the same inline markup as
 * extracted text. Malformed quoting gives warnings, not a failure. Our own
 * export (a first column "Biểu" naming each row's table) reads back as its
 * tables: the column is each row's `group`, not a cell, and the apostrophe
 * its formula guard put before "=", "+", "-" and "@" is taken off.
 */
export function readCsv(input: string | Uint8Array, options: ReadCsvOptions = {}): SourceDocument {
  const parsedOptions = ReadCsvOptionsSchema.safeParse(options);
  const opts = parsedOptions.success ? parsedOptions.data : {};
  const fileName = opts.fileName ?? null;
  const base: SourceLocation = fileName === null ? {} : { file: fileName };
  const doc: SourceDocument = { format: "csv", fileName, blocks: [], diagnostics: [], size: input.length };
  const source = readSourceText(input, doc.diagnostics, fileName ?? undefined);
  if (source === null) return doc;
  // The lines joined by "\n" are the text itself unless a line was converted or a line break held "\r".
  const text = source.converted || source.text.includes("\r") ? source.lines.join("\n") : source.text;
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  // Every line break of the text is "\n" (the lines split at "\r\n", "\r" and "\n" are joined by "\n"), so
  // papaparse is told so rather than guessing it from a copy of the first megabyte with its quoted parts cut out.
  const result = Papa.parse<string[]>(text, { delimiter, newline: "\n", skipEmptyLines: false });
  // Line of each record: count the newlines papaparse consumed (quoted fields may span lines).
  const blocks: SourceBlock[] = [];
  // Our own export (`@kehoach/export`'s renderCsv) puts every table in one file, a first column "Biểu"
  // naming each row's table, and guards cells against formulas with an apostrophe ("'- Cấp quận …").
  const ours = isOurExport(result.data[0]);
  const first = ours ? 1 : 0;
  const letters: string[] = [];
  const cellRich = createInlineMarkupReader();
  let line = 1;
  for (let index = 0; index < result.data.length; index++) {
    const record = result.data[index]!;
    const rowName = String(index + 1);
    const location: SourceLocation =
      fileName === null ? { line, cell: `A${rowName}` } : { file: fileName, line, cell: `A${rowName}` };
    const cells: SourceCell[] = [];
    let filled = false;
    let breaks = 0;
    for (let c = 0; c < record.length; c++) {
      const value = record[c]!;
      if (!filled && value.trim() !== "") filled = true;
      // The text's line breaks are all "\n" (see above): a cell holding one counts them.
      if (value.includes("\n")) breaks += lineBreaks(value);
      if (c < first) continue;
      const column = c + 1;
      letters[column] ??= columnLetters(column);
      cells.push({
        rich: cellRich(ours ? unguard(value) : value, column),
        location:
          fileName === null
            ? { line, column, cell: letters[column] + rowName }
            : { file: fileName, line, column, cell: letters[column] + rowName },
        merge: null,
      });
    }
    if (filled) {
      // The table's name is the row's group: the assembler starts a new table where it changes.
      const group = ours && index > 0 ? (record[0] ?? "").normalize("NFC").trim() || null : null;
      blocks.push({ kind: "row", cells, line, location, headerHint: ours && index === 0, group });
    }
    line += 1 + breaks;
  }
  for (const error of result.errors.slice(0, 50)) {
    if (error.code === "UndetectableDelimiter") continue;
    const row = error.row ?? 0;
    doc.diagnostics.push(
      diagnostic(
        "import.csv-malformed",
        "warning",
        { vi: `CSV không đúng định dạng: ${error.message}`, en: `Malformed CSV: ${error.message}` },
        { ...base, cell: `A${row + 1}` },
      ),
    );
  }
  doc.blocks = blocks;
  return doc;
}
