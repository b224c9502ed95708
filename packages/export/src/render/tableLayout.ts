import { headerLayout } from "../report/headerLayout";
import type { ReportCell, ReportColumn, ReportRow } from "../report/Report";
import { measureParagraph } from "./textWidth";

/** What {@link layoutTable} needs to know of a table: its columns and rows. */
export interface SizedTable {
  columns: readonly ReportColumn[];
  rows: readonly ReportRow[];
}

/** Options of {@link layoutTable}. */
export interface TableLayoutOptions {
  /** The table's width in points (the page's text width). */
  totalPt: number;
  /** The table text size in points. */
  fontSizePt: number;
  /** Left + right padding of a cell in points (default 11: Word's 5.4 pt each side). */
  paddingPt?: number;
}

/** A table laid out on the page: its column widths and which rows are short enough to keep whole. */
export interface TableLayout {
  /** Column widths in points, summing to `totalPt`. */
  widthsPt: number[];
  /** Per row: at most {@link KEEP_WHOLE_MAX_LINES} lines, so kept on one page. */
  keepWhole: boolean[];
}

/**
 * Rows of at most this many lines are kept whole on a page (.docx `cantSplit`,
 * PDF unbroken rows); taller rows may continue on the next page, so a tall row
 * does not leave the page before it half empty.
 */
export const KEEP_WHOLE_MAX_LINES = 4;

/** Rows the width search looks at: all of a short table, an even sample of a long one. */
const SAMPLE_ROWS = 240;
/** Words do not fill a line exactly: a tenth more than the bare text width. */
const WRAP_SLACK = 1.1;

/** Each cell's paragraphs (text lines, then the note) as widths in em, and its widest word. */
interface CellMeasure {
  paragraphs: number[];
  widestWord: number;
}

function measureCell(cell: ReportCell | undefined, bold: boolean): CellMeasure {
  const out: CellMeasure = { paragraphs: [], widestWord: 0 };
  if (!cell) return out;
  const add = (text: string) => {
    const m = measureParagraph(text, bold);
    out.paragraphs.push(m.width * WRAP_SLACK);
    if (m.widestWord > out.widestWord) out.widestWord = m.widestWord;
  };
  if (cell.text) for (const line of cell.text.split("\n")) add(line);
  if (cell.note) add(cell.note);
  return out;
}

/** Lines a cell takes in `roomEm`, unrounded (so that every widening shows its gain) or whole. */
function lineCount(paragraphs: readonly number[], roomEm: number, whole: boolean): number {
  let n = 0;
  for (const em of paragraphs) n += Math.max(1, whole ? Math.ceil(em / roomEm) : em / roomEm);
  return n;
}

/** A column's bounds from its content: the widest word (never broken) and the widest line. */
interface Bounds {
  minPt: number;
  maxPt: number;
}

function columnBounds(
  table: SizedTable,
  cells: readonly CellMeasure[][],
  opts: Required<TableLayoutOptions>,
): Bounds[] {
  const minEm = table.columns.map(() => 0);
  const maxEm = table.columns.map(() => 0);
  for (const cell of headerLayout(table.columns).cells) {
    // A label spanning several columns shares its widest word among them.
    const word = measureParagraph(cell.label, true).widestWord / cell.columnSpan;
    for (let c = cell.column; c < cell.column + cell.columnSpan; c++) {
      minEm[c] = Math.max(minEm[c] as number, word);
      maxEm[c] = Math.max(maxEm[c] as number, word);
    }
  }
  for (const row of cells) {
    row.forEach((cell, c) => {
      minEm[c] = Math.max(minEm[c] as number, cell.widestWord);
      for (const p of cell.paragraphs) maxEm[c] = Math.max(maxEm[c] as number, p / WRAP_SLACK);
    });
  }
  // Renderers' metrics differ a little from ours: 6 % and a point more than measured. A single
  // very long word (a web address) may not take more than a third of the table.
  const pt = (em: number) => em * opts.fontSizePt * 1.06 + opts.paddingPt + 1;
  return table.columns.map((_, c) => ({
    minPt: Math.min(pt(minEm[c] as number), opts.totalPt / 3),
    maxPt: pt(maxEm[c] as number),
  }));
}

/**
 * The column whose widening by `grow` saves the most lines (a row is as tall as its tallest
 * cell: widening helps a row only through its tallest cell, down to the second tallest), or -1.
 */
function bestColumn(
  sample: readonly CellMeasure[][],
  widths: readonly number[],
  grow: number,
  bounds: readonly Bounds[],
  roomEm: (w: number) => number,
): number {
  const gains = widths.map(() => 0);
  const rooms = widths.map(roomEm);
  const wider = widths.map((w) => roomEm(w + grow));
  for (const row of sample) {
    let first = 1;
    let second = 1;
    let at = -1;
    for (let c = 0; c < row.length; c++) {
      const n = lineCount((row[c] as CellMeasure).paragraphs, rooms[c] as number, false);
      if (n > first) {
        second = first;
        first = n;
        at = c;
      } else if (n > second) second = n;
    }
    if (at < 0) continue;
    const after = Math.max(
      second,
      lineCount((row[at] as CellMeasure).paragraphs, wider[at] as number, false),
    );
    gains[at] = (gains[at] as number) + (first - after);
  }
  let best = -1;
  let bestGain = 1e-9;
  gains.forEach((gain, i) => {
    if (gain > bestGain && (widths[i] as number) + grow <= (bounds[i] as Bounds).maxPt) {
      best = i;
      bestGain = gain;
    }
  });
  return best;
}

/**
 * Shares the width: half by the columns' weights (the report's intent), each within its bounds;
 * the rest a hundredth at a time to the column whose widening saves the most lines, never
 * beyond a column's widest line; what no column can use goes to all by weight.
 */
function share(
  table: SizedTable,
  items: readonly CellMeasure[][],
  bounds: readonly Bounds[],
  opts: Required<TableLayoutOptions>,
): number[] {
  const weights = table.columns.map((c) => c.width);
  const all = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w, i) => {
    const b = bounds[i] as Bounds;
    return Math.min(Math.max((opts.totalPt / 2) * (w / all), b.minPt), b.maxPt);
  });
  const every = Math.max(1, Math.ceil(items.length / SAMPLE_ROWS));
  const sample = items.filter((_, i) => i % every === 0);
  const roomEm = (w: number) => Math.max(1, w - opts.paddingPt) / opts.fontSizePt;
  let left = opts.totalPt - widths.reduce((a, b) => a + b, 0);
  while (left > 0.5) {
    const grow = Math.min(opts.totalPt / 100, left);
    const best = bestColumn(sample, widths, grow, bounds, roomEm);
    if (best < 0) break;
    widths[best] = (widths[best] as number) + grow;
    left -= grow;
  }
  return widths.map((w, i) => w + (left * (weights[i] as number)) / all);
}

/**
 * Lays a report table out on the page, sized from its content and the page
 * width. Each column holds at least its widest word (header labels in bold
 * included) and at most its widest line; half the width follows the columns'
 * relative `width` (the report's intent: "TT" narrow, "Nội dung" widest, units
 * and dates medium), the other half goes to the columns whose text makes rows
 * tall. So a code column is as narrow as its longest code and a count column as
 * its header. When even the widest words do not fit, they are scaled down
 * together. Rows of a few lines are marked to be kept whole. The .docx (grid
 * and cells) and PDF renderers use it, as can plugin exporters laying out a
 * report table. Text is measured with Times-like widths (no font file).
 */
export function layoutTable(table: SizedTable, options: TableLayoutOptions): TableLayout {
  const opts: Required<TableLayoutOptions> = { paddingPt: 11, ...options };
  const measured = table.rows.map((row) =>
    row.kind === "section"
      ? [measureCell(row.cells[table.columns[0]?.key ?? ""], true)]
      : table.columns.map((column) => measureCell(row.cells[column.key], row.kind !== "item")),
  );
  const items = measured.filter((_, r) => table.rows[r]?.kind !== "section");
  const bounds = columnBounds(table, measured, opts);
  const minSum = bounds.reduce((sum, b) => sum + b.minPt, 0);
  const widthsPt =
    minSum >= opts.totalPt
      ? bounds.map((b) => (b.minPt * opts.totalPt) / minSum)
      : share(table, items, bounds, opts);
  const roomEm = (w: number) => Math.max(1, w - opts.paddingPt) / opts.fontSizePt;
  const rest = widthsPt.slice(1).reduce((a, b) => a + b, 0);
  const keepWhole = table.rows.map((row, r) => {
    const cells = measured[r] as CellMeasure[];
    let lines = 1;
    cells.forEach((cell, c) => {
      lines = Math.max(lines, lineCount(cell.paragraphs, roomEm(widthsPt[c] as number), true));
    });
    if (row.kind === "section") {
      const title = measureCell(row.cells.title, true);
      lines = Math.max(lines, lineCount(title.paragraphs, roomEm(rest), true));
    }
    return lines <= KEEP_WHOLE_MAX_LINES;
  });
  return { widthsPt, keepWhole };
}

/** Whole units (twips, points) that add up to `total` exactly, from widths summing to about it. */
export function roundWidths(widths: readonly number[], total: number): number[] {
  const rounded = widths.map((w) => Math.max(1, Math.floor(w)));
  const rest = total - rounded.reduce((a, b) => a + b, 0);
  const widest = rounded.indexOf(Math.max(...rounded));
  if (widest >= 0) rounded[widest] = (rounded[widest] as number) + rest;
  return rounded;
}
