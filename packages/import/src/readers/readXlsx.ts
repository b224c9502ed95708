import type { SourceLocation } from "@kehoach/core";
import { z } from "zod";
import { diagnostic } from "../diagnostics";
import { convertLegacy, detectLegacyEncoding, mayHoldLegacyEncoding } from "../encoding/legacyEncodings";
import type { SourceBlock, SourceCell, SourceDocument } from "../SourceDocument";
import type { RichText } from "../text/RichText";
import { unzipSafely, ZipLimitsSchema } from "./unzipSafely";
import { type MergedRange, readSheet, type SheetCells } from "./xlsx/readSheet";
import { readSharedStrings, readStyles, readWorkbook } from "./xlsx/xlsxParts";

/** Options of {@link readXlsx}. */
export const ReadXlsxOptionsSchema = z
  .object({
    fileName: z.string().optional(),
    limits: ZipLimitsSchema.partial().optional(),
    /** Only these sheets (by name); default every sheet in order. */
    sheets: z.array(z.string()).optional(),
  })
  .strict();
/** Options of {@link readXlsx}. */
export type ReadXlsxOptions = z.input<typeof ReadXlsxOptionsSchema>;

/** A1-style column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Reads an Excel workbook (.xlsx) sheet by sheet: each row a
 * row block located by sheet, row and A1 cell; cells covered by a merged
 * range are "vertical" (below the range's first row) or "horizontal" (to its
 * right), the range's text standing in its top-left cell; rich-text bold and
 * italic runs kept; numbers in a date format read as "dd/mm/yyyy", formulas
 * as their cached result. The archive is checked against zip-bomb limits
 * first, and only the workbook's own parts are inflated; each is scanned in
 * one pass (scanXml), no tree built.
 * Never throws: an unreadable workbook gives an error diagnostic.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<SourceDocument> {
  const parsedOptions = ReadXlsxOptionsSchema.safeParse(options);
  const opts = parsedOptions.success ? parsedOptions.data : {};
  const fileName = opts.fileName ?? null;
  const base: SourceLocation = fileName === null ? {} : { file: fileName };
  const doc: SourceDocument = { format: "xlsx", fileName, blocks: [], diagnostics: [], size: bytes.length };
  const checked = unzipSafely(bytes, isWorkbookPart, opts.limits ?? {}, base);
  if (checked.diagnostics.length > 0) {
    doc.diagnostics.push(...checked.diagnostics);
    return doc;
  }
  let workbook: Workbook;
  try {
    workbook = readWorkbookParts(checked.files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    doc.diagnostics.push(
      diagnostic(
        "import.xlsx-invalid",
        "error",
        { vi: `Không đọc được bảng tính: ${reason}`, en: `The workbook cannot be read: ${reason}` },
        base,
      ),
    );
    return doc;
  }
  const blocks: SourceBlock[] = [];
  const legacy: LegacyCount = { converted: 0, first: null };
  for (const sheet of workbook.sheets) {
    if (opts.sheets !== undefined && !opts.sheets.includes(sheet.name)) continue;
    blocks.push(...sheetBlocks(sheet.name, sheet.cells, base, legacy));
  }
  const converted = legacy.converted;
  const firstConverted = legacy.first;
  if (converted > 0) {
    doc.diagnostics.push(
      diagnostic(
        "import.encoding-legacy",
        "warning",
        {
          vi: `Đã chuyển ${converted} ô từ bảng mã cũ (TCVN3/VNI) sang Unicode`,
          en: `Converted ${converted} cell(s) from a legacy encoding (TCVN3/VNI) to Unicode`,
        },
        firstConverted,
      ),
    );
  }
  doc.blocks = blocks;
  return doc;
}

/** The zip entries a workbook is read from: the workbook, its relationships, strings, styles and worksheets. */
function isWorkbookPart(name: string): boolean {
  return (
    name === "xl/workbook.xml" ||
    name === "xl/_rels/workbook.xml.rels" ||
    name === "xl/sharedStrings.xml" ||
    name === "xl/styles.xml" ||
    (name.startsWith("xl/worksheets/") && name.endsWith(".xml"))
  );
}

interface Workbook {
  sheets: { name: string; cells: SheetCells }[];
}

/** The workbook's sheets, in order, with their cells (throws on a workbook it cannot read). */
function readWorkbookParts(files: Record<string, Uint8Array>): Workbook {
  const decoder = new TextDecoder("utf-8");
  const text = (name: string): string | null => {
    const data = files[name];
    return data === undefined ? null : decoder.decode(data);
  };
  const workbookXml = text("xl/workbook.xml");
  if (workbookXml === null) throw new Error("xl/workbook.xml is missing");
  const { sheets, date1904 } = readWorkbook(workbookXml, text("xl/_rels/workbook.xml.rels") ?? "");
  const sharedXml = text("xl/sharedStrings.xml");
  const strings = sharedXml === null ? [] : readSharedStrings(sharedXml);
  const stylesXml = text("xl/styles.xml");
  const styles = stylesXml === null ? [] : readStyles(stylesXml);
  const out: Workbook = { sheets: [] };
  for (const sheet of sheets) {
    const xml = text(sheet.path);
    if (xml !== null) out.sheets.push({ name: sheet.name, cells: readSheet(xml, strings, styles, date1904) });
  }
  return out;
}

/** Cells converted from a legacy encoding, and the first of them. */
interface LegacyCount {
  converted: number;
  first: SourceLocation | null;
}

/** The merged ranges by each row they cover. */
function mergesByRow(merges: readonly MergedRange[]): Map<number, MergedRange[]> {
  const byRow = new Map<number, MergedRange[]>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list === undefined) byRow.set(r, [m]);
      else list.push(m);
    }
  return byRow;
}

/** How (row, column) is covered by a merged range of its row: null where none covers it, or at its top-left cell. */
function coveredBy(
  merges: readonly MergedRange[] | undefined,
  row: number,
  column: number,
): SourceCell["merge"] {
  if (merges === undefined) return null;
  for (const m of merges) {
    if (column < m.left || column > m.right) continue;
    if (row === m.top && column === m.left) return null;
    return row !== m.top ? "vertical" : "horizontal";
  }
  return null;
}

/** A sheet's rows as row blocks (every row up to its last, every cell up to its width, at most 256). */
function sheetBlocks(
  name: string,
  sheet: SheetCells,
  base: SourceLocation,
  legacy: LegacyCount,
): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const width = Math.min(sheet.columnCount, 256);
  const merges = mergesByRow(sheet.merges);
  const file = base.file;
  const letters: string[] = [];
  // One empty text for the sheet's empty and covered cells: nothing writes to a cell's rich text.
  const empty: RichText = { segments: [] };
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.rows.get(r);
    const rowMerges = merges.get(r);
    const location: SourceLocation =
      file === undefined
        ? { sheet: name, line: r, cell: `A${r}` }
        : { file, sheet: name, line: r, cell: `A${r}` };
    const cells: SourceCell[] = [];
    for (let c = 1; c <= width; c++) {
      // Built as literals (a spread per cell was most of the read); keys in the order a spread of `base` gave.
      letters[c] ??= columnLetters(c);
      const cell = `${letters[c]}${r}`;
      const cellLocation: SourceLocation =
        file === undefined
          ? { sheet: name, line: r, column: c, cell }
          : { file, sheet: name, line: r, column: c, cell };
      const merge = coveredBy(rowMerges, r, c);
      const rich = merge === null ? convertLegacyCell(values?.[c] ?? empty, cellLocation, legacy) : empty;
      cells.push({ rich, location: cellLocation, merge });
    }
    blocks.push({ kind: "row", cells, line: r, location, headerHint: false, group: name });
  }
  return blocks;
}

/**
 * A cell written in a legacy encoding (TCVN3/VNI) converted to Unicode (a new rich text:
 * cells of one shared string share theirs), counted; any other cell as it is.
 */
function convertLegacyCell(rich: RichText, location: SourceLocation, legacy: LegacyCount): RichText {
  const segments = rich.segments;
  const text = segments.length === 1 ? segments[0]!.text : segments.map((segment) => segment.text).join("");
  // Most cells are Unicode Vietnamese, with no legacy evidence at all: no count of it.
  if (!mayHoldLegacyEncoding(text)) return rich;
  const { encoding } = detectLegacyEncoding(text);
  if (encoding === null) return rich;
  legacy.converted++;
  legacy.first ??= location;
  return {
    segments: segments.map((segment) => ({
      text: convertLegacy(segment.text, encoding),
      bold: segment.bold,
      italic: segment.italic,
    })),
  };
}
