import type { Diagnostic, SourceLocation } from "@kehoach/core";
import { z } from "zod";
import { diagnostic } from "../diagnostics";
import { decodeUtf8 } from "../encoding/decodeUtf8";
import { convertLegacy, detectLegacyEncoding, mayHoldLegacyEncoding } from "../encoding/legacyEncodings";
import type { SourceBlock, SourceCell, SourceDocument } from "../SourceDocument";
import { isBlankRichText, type RichText } from "../text/RichText";
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
  const budget = { left: MAX_XLSX_CELLS };
  for (const sheet of workbook.sheets) {
    if (opts.sheets !== undefined && !opts.sheets.includes(sheet.name)) continue;
    const overAt = sheetBlocks(sheet.name, sheet.cells, base, legacy, budget, blocks);
    if (overAt !== null) {
      doc.diagnostics.push(tooManyCells(sheet.name, overAt));
      return doc;
    }
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
  const text = (name: string): string | null => {
    const data = files[name];
    return data === undefined ? null : decodeUtf8(data);
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

/**
 * Most cells the sheets of one workbook may give (each merged range also
 * counted once per row it covers): about 250 MB of cells, twenty times a
 * 10,000-activity plan. A sheet past it is refused with an error, so a small
 * file (a value in column IV of 10,000 rows compresses to a few kilobytes)
 * cannot make hundreds of megabytes of cells.
 */
export const MAX_XLSX_CELLS = 2_000_000;

function tooManyCells(sheet: string, location: SourceLocation): Diagnostic {
  const limit = MAX_XLSX_CELLS.toLocaleString("vi-VN");
  return diagnostic(
    "import.xlsx-limit",
    "error",
    {
      vi: `Bảng tính quá lớn: trang "${sheet}" vượt giới hạn ${limit} ô; hãy xoá các dòng, cột thừa hoặc tách tệp`,
      en: `The workbook is too large: sheet "${sheet}" goes past the limit of ${MAX_XLSX_CELLS.toLocaleString("en-US")} cells; delete the unused rows and columns or split the file`,
    },
    location,
  );
}

/**
 * The merged ranges covering each row, met in row order: a range joins at its
 * first row and leaves after its last, so a sheet's ranges are visited once
 * however many rows they span.
 */
class MergeSweep {
  private readonly byTop: MergedRange[];
  private readonly byBottom: MergedRange[];
  private joined = 0;
  private left = 0;
  private readonly active = new Set<MergedRange>();

  constructor(merges: readonly MergedRange[]) {
    this.byTop = [...merges].sort((a, b) => a.top - b.top);
    this.byBottom = [...merges].sort((a, b) => a.bottom - b.bottom);
  }

  /** The ranges over row `row` (rows asked in increasing order). */
  at(row: number): ReadonlySet<MergedRange> {
    const { byTop, byBottom, active } = this;
    while (this.joined < byTop.length && byTop[this.joined]!.top <= row) active.add(byTop[this.joined++]!);
    while (this.left < byBottom.length && byBottom[this.left]!.bottom < row)
      active.delete(byBottom[this.left++]!);
    return active;
  }
}

/**
 * How each column of `row` up to `width` is covered by the merged ranges over
 * the row: "vertical" below a range's first row, "horizontal" right of its
 * first cell, null at its top-left cell; undefined where none covers it. The
 * first range that covers a cell decides. Adds the columns visited to `work`.
 */
function coverOf(
  merges: ReadonlySet<MergedRange>,
  row: number,
  width: number,
  work: { left: number },
): (SourceCell["merge"] | undefined)[] {
  const cover: (SourceCell["merge"] | undefined)[] = [];
  for (const m of merges) {
    const right = Math.min(m.right, width);
    work.left -= Math.max(0, right - m.left + 1);
    for (let c = Math.max(m.left, 1); c <= right; c++) {
      if (cover[c] !== undefined) continue;
      cover[c] = row === m.top && c === m.left ? null : row !== m.top ? "vertical" : "horizontal";
    }
  }
  return cover;
}

/** Whether a row read from the sheet has a value with text up to `width`. */
function hasText(values: readonly (RichText | undefined)[] | undefined, width: number): boolean {
  if (values === undefined) return false;
  for (let c = 1; c <= width && c < values.length; c++) {
    const value = values[c];
    if (value !== undefined && !isBlankRichText(value)) return true;
  }
  return false;
}

/**
 * Appends a sheet's rows to `blocks` as row blocks (every row up to its last,
 * every cell up to its width, at most 256; of a run of empty rows only the
 * first, which the table reader skips as it would the rest). Returns null, or
 * where the sheet went past the cell budget (the blocks then incomplete).
 */
function sheetBlocks(
  name: string,
  sheet: SheetCells,
  base: SourceLocation,
  legacy: LegacyCount,
  budget: { left: number },
  blocks: SourceBlock[],
): SourceLocation | null {
  const width = Math.min(sheet.columnCount, 256);
  const sweep = new MergeSweep(sheet.merges);
  const file = base.file;
  const letters: string[] = [];
  // One empty text for the sheet's empty and covered cells: nothing writes to a cell's rich text.
  const empty: RichText = { segments: [] };
  let afterEmpty = false;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.rows.get(r);
    const merges = sweep.at(r);
    const text = hasText(values, width);
    if (!text && afterEmpty) continue;
    afterEmpty = !text;
    const location: SourceLocation =
      file === undefined
        ? { sheet: name, line: r, cell: `A${r}` }
        : { file, sheet: name, line: r, cell: `A${r}` };
    budget.left -= width;
    const cover = merges.size === 0 ? [] : coverOf(merges, r, width, budget);
    if (budget.left < 0) return location;
    const cells: SourceCell[] = [];
    for (let c = 1; c <= width; c++) {
      // Built as literals (a spread per cell was most of the read); keys in the order a spread of `base` gave.
      letters[c] ??= columnLetters(c);
      const cell = `${letters[c]}${r}`;
      const cellLocation: SourceLocation =
        file === undefined
          ? { sheet: name, line: r, column: c, cell }
          : { file, sheet: name, line: r, column: c, cell };
      const merge = cover[c] ?? null;
      const rich = merge === null ? convertLegacyCell(values?.[c] ?? empty, cellLocation, legacy) : empty;
      cells.push({ rich, location: cellLocation, merge });
    }
    blocks.push({ kind: "row", cells, line: r, location, headerHint: false, group: name });
  }
  return null;
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
