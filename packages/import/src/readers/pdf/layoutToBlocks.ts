import type { SourceLocation } from "@kehoach/core";
import type { SourceBlock, SourceCell, SourceRow } from "../../SourceDocument";
import { isBlankRichText, richTextToString } from "../../text/RichText";
import { findTables, type RuledTable } from "./findTables";
import type { PageLayout, PageWord } from "./PageLayout";
import { pageParagraphs } from "./pageText";
import { groupLines, linesToRichText } from "./textLines";

/** A table left open at the bottom of a page, which the next page may continue. */
interface OpenTable {
  number: number;
  xs: number[];
  rowCount: number;
  /** The table's first rows as emitted (for spotting a repeated header). */
  firstRows: SourceRow[];
  page: number;
}

/** Builds the blocks of a paged document, page by page, keeping tables open across page breaks. */
export class PdfBlockBuilder {
  readonly blocks: SourceBlock[] = [];
  private line = 0;
  private tables = 0;
  private open: OpenTable | null = null;

  constructor(private readonly base: SourceLocation) {}

  /** Adds one page's layout. */
  addPage(layout: PageLayout): void {
    const tables = findTables(layout.rules).filter((table) =>
      layout.words.some((word) => inside(table, word)),
    );
    const free: PageWord[] = [];
    const perTable: PageWord[][] = tables.map(() => []);
    for (const word of layout.words) {
      const t = tables.findIndex((table) => inside(table, word));
      if (t >= 0) perTable[t]!.push(word);
      else free.push(word);
    }
    type Item =
      | { y: number; table: number }
      | { y: number; paragraph: ReturnType<typeof pageParagraphs>[number] };
    const items: Item[] = [
      ...tables.map((table, t) => ({ y: table.y0, table: t })),
      ...pageParagraphs(free, layout.height).map((paragraph) => ({ y: paragraph.y, paragraph })),
    ];
    items.sort((a, b) => a.y - b.y);
    let first = true;
    for (const [i, item] of items.entries()) {
      if ("paragraph" in item) {
        this.line++;
        this.blocks.push({
          kind: "paragraph",
          rich: item.paragraph.rich,
          line: this.line,
          location: { ...this.base, page: layout.page, line: this.line },
        });
        this.open = null;
      } else {
        const table = tables[item.table]!;
        const last = i === items.length - 1;
        this.addTable(table, perTable[item.table]!, layout.page, first);
        if (!last) this.open = null;
      }
      first = false;
    }
  }

  private addTable(table: RuledTable, words: PageWord[], page: number, topOfPage: boolean): void {
    const open = this.open;
    const continues = open !== null && topOfPage && open.page === page - 1 && sameColumns(open.xs, table.xs);
    const number = continues ? open!.number : ++this.tables;
    const state: OpenTable = continues ? open! : { number, xs: table.xs, rowCount: 0, firstRows: [], page };
    state.page = page;
    const rows = this.tableRows(table, words, page, state);
    if (continues) markRepeatedHeader(state.firstRows, rows);
    else state.firstRows = rows.slice(0, 4);
    for (const row of rows) this.blocks.push(row);
    this.open = state;
  }

  private tableRows(table: RuledTable, words: PageWord[], page: number, state: OpenTable): SourceRow[] {
    const cellWords = new Map<object, PageWord[]>();
    for (const word of words) {
      const cell = cellAt(table, word);
      if (cell === undefined) continue;
      const list = cellWords.get(cell) ?? [];
      list.push(word);
      cellWords.set(cell, list);
    }
    const rows: SourceRow[] = [];
    for (let r = 0; r < table.cover.length; r++) {
      const cover = table.cover[r]!;
      if (cover.every((cell) => cell.row !== r)) continue; // covered from above all along: no row of its own
      this.line++;
      state.rowCount++;
      const location: SourceLocation = {
        ...this.base,
        page,
        line: this.line,
        path: ["table", state.number, "row", state.rowCount],
      };
      const cells: SourceCell[] = cover.map((cell, c) => {
        const column = c + 1;
        const anchor = cell.row === r && cell.column === c;
        return {
          rich: anchor ? linesToRichText(groupLines(cellWords.get(cell) ?? [])) : { segments: [] },
          location: {
            ...location,
            column,
            path: ["table", state.number, "row", state.rowCount, "cell", column],
          },
          merge: anchor ? null : cell.row === r ? "horizontal" : "vertical",
        };
      });
      rows.push({ kind: "row", cells, line: this.line, location, headerHint: false, group: null });
    }
    return rows;
  }
}

function inside(table: RuledTable, word: PageWord): boolean {
  const x = word.x0 + Math.min(2, (word.x1 - word.x0) / 2);
  const y = (word.y0 + word.y1) / 2;
  return x >= table.x0 && x <= table.x1 && y >= table.y0 && y <= table.y1;
}

function indexIn(bounds: readonly number[], value: number): number {
  for (let i = 1; i < bounds.length; i++) if (value < bounds[i]!) return i - 1;
  return bounds.length - 2;
}

function cellAt(table: RuledTable, word: PageWord) {
  const x = word.x0 + Math.min(2, (word.x1 - word.x0) / 2);
  const y = (word.y0 + word.y1) / 2;
  return table.cover[indexIn(table.ys, y)]?.[indexIn(table.xs, x)];
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 4);
}

function cellText(row: SourceRow, column: number): string {
  const cell = row.cells[column];
  return cell === undefined ? "" : richTextToString(cell.rich);
}

/**
 * Whether `row` repeats `original` (a header row of the table's first
 * page): every cell the same, or cut short (a repeated header row drawn
 * lower than its text, whose last lines then spill into the row below).
 * Returns the spilled text per column, or null when it is no repeat.
 */
function repeats(row: SourceRow, original: SourceRow): Map<number, string> | null {
  if (row.cells.length !== original.cells.length || row.cells.every((cell) => isBlankRichText(cell.rich)))
    return null;
  const spilled = new Map<number, string>();
  for (let c = 0; c < row.cells.length; c++) {
    const got = cellText(row, c);
    const full = cellText(original, c);
    if (got === full) continue;
    if (got === "" || !full.startsWith(got)) return null;
    spilled.set(c, full.slice(got.length).trim());
  }
  return spilled;
}

const collapse = (text: string) => text.replace(/\s+/gu, " ").trim();

/** Removes `prefix` (whitespace aside) from the start of a cell's text, when it starts with it. */
function stripPrefix(cell: SourceCell, prefix: string): void {
  const want = collapse(prefix);
  let taken = "";
  for (let k = 0; k < cell.rich.segments.length; k++) {
    taken += cell.rich.segments[k]!.text;
    const now = collapse(taken);
    if (now === want) {
      cell.rich = { segments: cell.rich.segments.slice(k + 1) };
      return;
    }
    if (!want.startsWith(now)) return;
  }
}

/**
 * Whether a row whose first cells are empty, right under a repeated header,
 * starts rows of its own rather than carrying on the row cut by the page
 * break: at least two cells of its own, each starting as a new text does (a
 * capital or a digit). The rest of a cut cell carries on a sentence
 * ("chức thực hiện") or a list ("- …"), so one such cell makes it a
 * continuation.
 */
function startsOwnRow(row: SourceRow): boolean {
  const filled = row.cells.filter((cell) => cell.merge === null && !isBlankRichText(cell.rich));
  return (
    filled.length >= 2 &&
    filled.every((cell) => /^[\p{Lu}\p{N}]/u.test(richTextToString(cell.rich).trimStart()))
  );
}

/**
 * A table continued on a new page: its leading rows that repeat the table's
 * first rows are its repeated header; they (and the rows they repeat) are
 * hinted as header rows, and header text spilled into the first row below
 * is given back to the header. The first row after them whose first cell is
 * empty may be the rest of a row cut by the page break: it is marked
 * `pageContinuation`.
 */
function markRepeatedHeader(firstRows: SourceRow[], rows: SourceRow[]): void {
  let repeated = 0;
  const spilled = new Map<number, string>();
  while (repeated < rows.length && repeated < firstRows.length) {
    const spill = repeats(rows[repeated]!, firstRows[repeated]!);
    if (spill === null) break;
    for (const [column, text] of spill) spilled.set(column, `${spilled.get(column) ?? ""} ${text}`);
    repeated++;
  }
  for (let i = 0; i < repeated; i++) {
    rows[i]!.headerHint = true;
    firstRows[i]!.headerHint = true;
  }
  const next = rows[repeated];
  if (next === undefined) return;
  for (const [column, text] of spilled) {
    const cell = next.cells[column];
    if (cell !== undefined && collapse(text) !== "") stripPrefix(cell, text);
  }
  const firstCell = next.cells[0];
  if (firstCell === undefined || !isBlankRichText(firstCell.rich)) return;
  if (startsOwnRow(next)) {
    // A row of its own under a cell merged down across the page break (a sub-row of "3."): the
    // page shows the merged cell only as empty cells under the header; they continue the cell above.
    for (const cell of next.cells) {
      if (!isBlankRichText(cell.rich)) break;
      if (cell.merge === null) cell.merge = "vertical";
    }
  } else next.pageContinuation = true;
}
