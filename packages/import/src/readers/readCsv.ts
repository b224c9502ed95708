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
  // Each record becomes its row as papaparse reads it (step): the parsed records are not all kept until the end.
  const records = new CsvRecordReader(fileName);
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    step: (results) => records.read(results.data, results.errors),
  });
  for (const error of records.errors) {
    doc.diagnostics.push(
      diagnostic(
        "import.csv-malformed",
        "warning",
        { vi: `CSV không đúng định dạng: ${error.message}`, en: `Malformed CSV: ${error.message}` },
        { ...base, cell: `A${error.row + 1}` },
      ),
    );
  }
  doc.blocks = records.blocks;
  return doc;
}

/** How many of papaparse's errors become diagnostics. */
const MAX_CSV_ERRORS = 50;

/** The line breaks in a field (the text papaparse reads has "\n" ones only). */
function lineBreaks(value: string): number {
  let count = 0;
  for (let at = value.indexOf("\n"); at >= 0; at = value.indexOf("\n", at + 1)) count++;
  return count;
}

/**
 * Turns papaparse's records, one at a time, into row blocks: each located by its first
 * physical line (line breaks inside quoted fields counted) and A1 cells. Our own export's
 * first column "Biểu" is each row's group, not a cell.
 */
class CsvRecordReader {
  readonly blocks: SourceBlock[] = [];
  /** Papaparse's first errors, with the record they were met in. */
  readonly errors: { message: string; row: number }[] = [];
  private readonly cellRich = createInlineMarkupReader();
  private readonly letters: string[] = [];
  private index = 0;
  private line = 1;
  private ours = false;

  constructor(private readonly fileName: string | null) {}

  read(record: string[], errors: readonly Papa.ParseError[]): void {
    const index = this.index++;
    // In a step papaparse numbers an error's row within the step: the record is the step's one.
    for (const error of errors)
      if (this.errors.length < MAX_CSV_ERRORS && error.code !== "UndetectableDelimiter")
        this.errors.push({ message: error.message, row: index });
    // Our own export (`@kehoach/export`'s renderCsv) puts every table in one file, a first column "Biểu"
    // naming each row's table, and guards cells against formulas with an apostrophe ("'- Cấp quận …").
    if (index === 0) this.ours = isOurExport(record);
    const { fileName, line, ours } = this;
    const first = ours ? 1 : 0;
    const rowNumber = String(index + 1);
    // The row's address is its first column's: one string for both.
    const rowCell = `A${rowNumber}`;
    const location: SourceLocation =
      fileName === null ? { line, cell: rowCell } : { file: fileName, line, cell: rowCell };
    const cells: SourceCell[] = [];
    let filled = false;
    let breaks = 0;
    for (let c = 0; c < record.length; c++) {
      const value = record[c]!;
      if (!filled && value.trim() !== "") filled = true;
      breaks += lineBreaks(value);
      if (c < first) continue;
      const column = c + 1;
      this.letters[column] ??= columnLetters(column);
      const cell = column === 1 ? rowCell : this.letters[column] + rowNumber;
      cells.push({
        rich: this.cellRich(ours ? unguard(value) : value),
        location: fileName === null ? { line, column, cell } : { file: fileName, line, column, cell },
        merge: null,
      });
    }
    if (filled) {
      // The table's name is the row's group: the assembler starts a new table where it changes.
      const group = ours && index > 0 ? (record[0] ?? "").normalize("NFC").trim() || null : null;
      this.blocks.push({ kind: "row", cells, line, location, headerHint: ours && index === 0, group });
    }
    this.line += 1 + breaks;
  }
}
