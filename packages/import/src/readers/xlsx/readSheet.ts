// One worksheet's cells (xl/worksheets/sheetN.xml) scanned in one pass: each cell's value as
// rich text (shared and inline strings with their runs, numbers, dates in the cell's date
// format, booleans, errors, formula results) and the merged ranges. As exceljs read them.
import type { RichText, TextSegment } from "../../text/RichText";
import { StringCollector, scanElements, type XlsxString, type XlsxStyle } from "./xlsxParts";

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet's cells by row and column (1-based; a row's cells an array by column, lighter
 * than a map for the whole sheet kept until its blocks are built), its merged ranges and
 * its extent as exceljs counted it.
 */
export interface SheetCells {
  /** The rows that have a value. */
  rows: Map<number, (RichText | undefined)[]>;
  merges: MergedRange[];
  /** The last row: the last `<row>` or merged range. */
  rowCount: number;
  /** The widest row that has a value (or a merged cell): its last cell. */
  columnCount: number;
}

/** "AB12" → { column: 28, row: 12 } (0 where a part is missing). */
export function decodeAddress(ref: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return { column, row: Number(ref.slice(i)) || 0 };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** An Excel serial date as the day it names, "dd/mm/yyyy" (UTC, as exceljs converted it). */
function serialDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function stringRich(value: XlsxString, style: XlsxStyle | undefined): RichText {
  const bold = style?.bold ?? false;
  const italic = style?.italic ?? false;
  if (typeof value === "string") return { segments: [{ text: value, bold, italic }] };
  const segments: TextSegment[] = value.map((run) => ({
    text: run.text,
    bold: run.bold ?? bold,
    italic: run.italic ?? italic,
  }));
  return { segments };
}

/** A value as one run in the cell's style. */
function plainRich(text: string, style: XlsxStyle | undefined): RichText {
  return { segments: [{ text, bold: style?.bold ?? false, italic: style?.italic ?? false }] };
}

/** What one `<c>` element held. */
interface CellRead {
  column: number;
  type: string;
  style: XlsxStyle | undefined;
  value: string | null;
  inline: XlsxString | null;
}

/**
 * The rich text of each shared string, by the bold and italic of the cells that show it
 * (`(bold ? 1 : 0) + (italic ? 2 : 0)`, then the string's index): the cells of one string
 * in one style share one RichText (the same text recurs down a plan's columns, and every
 * object a document keeps is copied by each scavenge while the import runs).
 */
type SharedRichTexts = RichText[][];

function sharedRich(
  index: number,
  strings: readonly XlsxString[],
  style: XlsxStyle | undefined,
  read: SharedRichTexts,
): RichText | null {
  const shared = strings[index];
  if (shared === undefined) return null;
  const byIndex = read[(style?.bold === true ? 1 : 0) + (style?.italic === true ? 2 : 0)]!;
  let rich = byIndex[index];
  if (rich === undefined) {
    rich = stringRich(shared, style);
    byIndex[index] = rich;
  }
  return rich;
}

/** A cell's value as rich text, by its type (exceljs's rules: a formula gives its cached result). */
function cellRich(
  cell: CellRead,
  strings: readonly XlsxString[],
  date1904: boolean,
  read: SharedRichTexts,
): RichText | null {
  const { type, style, value } = cell;
  if (type === "inlineStr") return cell.inline === null ? null : stringRich(cell.inline, style);
  if (value === null) return null;
  if (type === "s") return sharedRich(Number.parseInt(value, 10), strings, style, read);
  if (type === "str" || type === "e") return plainRich(value, style);
  if (type === "b") return plainRich(String(Number.parseInt(value, 10) !== 0), style);
  const number = Number.parseFloat(value);
  return plainRich(style?.date === true ? serialDate(number, date1904) : String(number), style);
}

/** Reads a worksheet's cells and merged ranges. */
export function readSheet(
  xml: string,
  strings: readonly XlsxString[],
  styles: readonly XlsxStyle[],
  date1904: boolean,
): SheetCells {
  const sheet: SheetCells = { rows: new Map(), merges: [], rowCount: 0, columnCount: 0 };
  let row = 0;
  let cells: (RichText | undefined)[] = [];
  let lastColumn = 0;
  let hasValue = false;
  let cell: CellRead | null = null;
  let inValue = false;
  let inInline = false;
  const collector = new StringCollector();
  const read: SharedRichTexts = [[], [], [], []];
  scanElements(xml, {
    open(name, attrs) {
      if (inInline) collector.open(name);
      else if (name === "c") {
        const ref = attrs?.r === undefined ? null : decodeAddress(attrs.r);
        const column = ref === null || ref.column === 0 ? lastColumn + 1 : ref.column;
        const s = attrs?.s === undefined ? undefined : styles[Number.parseInt(attrs.s, 10)];
        cell = { column, type: attrs?.t ?? "n", style: s, value: null, inline: null };
        lastColumn = column;
      } else if (name === "v") inValue = true;
      else if (name === "is") inInline = true;
      else if (name === "row") {
        row = attrs?.r === undefined ? row + 1 : Number.parseInt(attrs.r, 10);
        cells = [];
        lastColumn = 0;
        hasValue = false;
        sheet.rowCount = Math.max(sheet.rowCount, row);
      } else if (name === "mergeCell" && attrs?.ref !== undefined) {
        const [from = "", to = from] = attrs.ref.split(":");
        const a = decodeAddress(from);
        const b = decodeAddress(to);
        sheet.merges.push({ top: a.row, left: a.column, bottom: b.row, right: b.column });
      }
    },
    close(name) {
      if (name === "is") {
        inInline = false;
        if (cell !== null) cell.inline = collector.take();
      } else if (inInline) collector.close(name);
      else if (name === "v") inValue = false;
      else if (name === "c" && cell !== null) {
        const rich = cellRich(cell, strings, date1904, read);
        if (rich !== null) {
          // A row is kept once it has a value: a sheet formatted far down lists many empty rows.
          if (!hasValue) sheet.rows.set(row, cells);
          cells[cell.column] = rich;
          hasValue = true;
        }
        cell = null;
      } else if (name === "row" && hasValue) sheet.columnCount = Math.max(sheet.columnCount, lastColumn);
    },
    text(text) {
      if (inInline) collector.text(text);
      else if (inValue && cell !== null) cell.value = (cell.value ?? "") + text;
    },
  });
  for (const merge of sheet.merges) {
    sheet.rowCount = Math.max(sheet.rowCount, merge.bottom);
    sheet.columnCount = Math.max(sheet.columnCount, merge.right);
  }
  return sheet;
}
