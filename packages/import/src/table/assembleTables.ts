import type { Diagnostic, SourceLocation } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import { isDocumentFrameLine, isSignatureLine } from "../document/documentLines";
import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from "../SourceDocument";
import {
  isBlankRichText,
  joinRichText,
  plainRichText,
  type RichText,
  richTextToString,
} from "../text/RichText";
import type { ColumnSynonym } from "./columnSynonyms";
import {
  type Column,
  createHeaderReader,
  defaultColumns,
  type HeaderReader,
  recogniseColumns,
} from "./recogniseColumns";

/** A logical table row: one activity, with the physical rows merged into it. */
export interface LogicalRow {
  table: number;
  /** The row number as written; "" for a row without one (an unnumbered sub-group). */
  code: string;
  /**
   * 1 for a row of its own; 2, 3, … for the lower parts of a row whose number
   * cell is merged down over several rows that each have cells of their own.
   */
  subRow: number;
  /** One rich text per column. */
  cells: RichText[];
  /** Location of each column's first non-empty cell (else the row's). */
  cellLocations: SourceLocation[];
  firstLine: number;
  lastLine: number;
  sheet: string | null;
  location: SourceLocation;
  /**
   * Columns whose text was inherited from a merged cell above: column → code of the row it came from.
   * Most rows inherit nothing and share one empty map; a row that inherits gets a map of its own.
   */
  inherited: ReadonlyMap<number, string>;
}

/** A table with its title, columns and logical rows. */
export interface AssembledTable {
  index: number;
  titleLines: RichText[];
  /** The source line (block number) of each title line, where it has one. */
  titleLineNumbers: (number | null)[];
  attachedTo: RichText | null;
  /** Where the "(Kèm theo …)" line is. */
  attachedLocation: SourceLocation | null;
  columns: Column[];
  headerless: boolean;
  rows: LogicalRow[];
}

/** Ledger items the assembler decides (rows are resolved to activity ids later). */
export type AssemblyLedgerItem =
  | { kind: "title" | "header" | "body"; line: number; location: SourceLocation; table: number | null }
  | { kind: "diagnostic"; line: number; location: SourceLocation; table: number | null; code: string }
  /** A physical row that made a logical row: its first part ("activity") or a later one ("continuation"). */
  | {
      kind: "row";
      row: LogicalRow;
      part: "activity" | "continuation";
      line: number;
      location: SourceLocation;
    };

/** The tables of a document, the ledger items and the diagnostics. */
export interface Assembly {
  tables: AssembledTable[];
  ledger: AssemblyLedgerItem[];
  diagnostics: Diagnostic[];
}

/** Options of {@link assembleTables}. */
export interface AssembleOptions {
  /** Header wordings to know besides the built-in ones (a plugin's `columnSynonyms`). */
  columnSynonyms?: readonly ColumnSynonym[];
}

/** No extra cells (most rows): one shared empty list. */
const NO_CELLS: readonly SourceCell[] = [];
/** No inherited cells (most rows): one shared empty map (read only: a row that inherits gets its own). */
const NONE_INHERITED: ReadonlyMap<number, string> = new Map();

/** Header labels are short; longer cells are content and are not flattened to be tested as labels. */
const MAX_LABEL_LENGTH = 80;
/** A caption line longer than this is body prose (kept only when it is the line right above the table). */
const MAX_CAPTION_LENGTH = 300;
const MAX_CAPTION_LINES = 4;

function rawLength(rich: RichText): number {
  let length = 0;
  for (const segment of rich.segments) length += segment.text.length;
  return length;
}

function labels(row: SourceRow): string[] {
  return row.cells.map((cell) =>
    cell.merge === "horizontal" || rawLength(cell.rich) > MAX_LABEL_LENGTH ? "" : richTextToString(cell.rich),
  );
}

/**
 * A row's labels for the header test: a single run as written, since the test
 * folds white space and Unicode forms itself (the same role either way), so
 * most data rows are ruled out without flattening their cells.
 */
function labelsAsWritten(row: SourceRow): string[] {
  return row.cells.map((cell) => {
    if (cell.merge === "horizontal" || rawLength(cell.rich) > MAX_LABEL_LENGTH) return "";
    const segments = cell.rich.segments;
    return segments.length === 1 ? segments[0]!.text : richTextToString(cell.rich);
  });
}

function isFilled(cell: SourceCell): boolean {
  return cell.merge === null && !isBlankRichText(cell.rich);
}

function nonEmptyCells(row: SourceRow): SourceCell[] {
  return row.cells.filter(isFilled);
}

/** How many cells of the row are filled, up to two (what the assembler asks: none, one, several). */
function filledCount(row: SourceRow): number {
  let count = 0;
  for (const cell of row.cells) if (isFilled(cell) && ++count === 2) break;
  return count;
}

/** The physical table a row belongs to, when the source has them (docx table number, sheet). */
function physicalTable(row: SourceRow): string | null {
  const path = row.location.path;
  if (path !== undefined && path[0] === "table" && path[1] !== undefined) return `t${String(path[1])}`;
  return row.group;
}

const attachedPattern = /^\(?\s*(?:ban hành\s+)?kèm theo/iu;

/** Whether a "(Kèm theo …" line opens a parenthesis it does not close. */
function isParenthesisOpen(text: string): boolean {
  return (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);
}

/** A text block waiting to be placed: a caption of the next table, or body text of the document. */
interface Pending {
  rich: RichText;
  line: number;
  location: SourceLocation;
  /** A row outside any plan table (letterhead, signature block): never a caption. */
  row: boolean;
}

/** The caption of a table: the short lines right above it, up to the document's frame or a row. */
function captionStart(pending: readonly Pending[]): number {
  let start = pending.length;
  while (start > 0 && pending.length - start < MAX_CAPTION_LINES) {
    const item = pending[start - 1]!;
    if (item.row) break;
    const text = richTextToString(item.rich);
    if (isDocumentFrameLine(text)) break;
    // The line under "PHÓ CHỦ TỊCH" is the signer's name (a PDF gives the signature block as paragraphs).
    const above = pending[start - 2];
    if (above !== undefined && !above.row && isSignatureLine(richTextToString(above.rich))) break;
    if (text.length > MAX_CAPTION_LENGTH && start < pending.length) break;
    start--;
  }
  return start;
}

function uniqueRoles(columns: Column[], location: SourceLocation, diagnostics: Diagnostic[]): Column[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    // Several code columns make one hierarchy; notes and unknown columns may repeat.
    if (column.role === "other" || column.role === "notes" || column.role === "code") return column;
    if (!seen.has(column.role)) {
      seen.add(column.role);
      return column;
    }
    diagnostics.push(
      diagnostic(
        "import.column-unknown",
        "info",
        {
          vi: `Cột "${column.label}" trùng vai trò với một cột khác; giữ như cột phụ`,
          en: `Column "${column.label}" repeats another column's role; kept as an extra column`,
        },
        location,
      ),
    );
    return { role: "other", label: column.label };
  });
}

/**
 * Groups the blocks of a document into tables: the caption lines right above
 * each table (and its "(Kèm theo …)" line), its header (one or two lines,
 * repeated after page breaks), and logical rows. In a whole document (one
 * that has a recognised header somewhere) rows outside the plan tables —
 * letterhead, signature block — and the body text are kept out of the tables
 * as "body". A row without a number is its own activity when it has a lead or
 * time of its own; it continues the row above only on evidence (a repeated
 * header or a page break before it, or no cells of its own), with an
 * "import.row-continued" note. A merged number cell over rows with cells of
 * their own makes sub-rows. Every non-blank block gets one ledger item.
 */
export function assembleTables(doc: SourceDocument, options: AssembleOptions = {}): Assembly {
  const reader = createHeaderReader(options.columnSynonyms ?? []);
  const state = new Assembler(doc, reader);
  return state.run();
}

class Assembler {
  readonly tables: AssembledTable[] = [];
  readonly ledger: AssemblyLedgerItem[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private table: AssembledTable | null = null;
  private physical: string | null = null;
  private pending: Pending[] = [];
  private lastRow: LogicalRow | null = null;
  private previousCells: RichText[] = [];
  private origin: string[] = [];
  private group: string | null = null;
  /** A repeated header or page break came since the last data row: evidence for a continuation. */
  private broken = false;
  /** CSV: the table each group name (our export's "Biểu" column) started. */
  private readonly groupTables = new Map<AssembledTable, string>();
  private lastPage: number | undefined;
  private readonly codeColumns = new Map<AssembledTable, readonly number[]>();
  private readonly wholeDocument: boolean;

  constructor(
    private readonly doc: SourceDocument,
    private readonly reader: HeaderReader,
  ) {
    this.wholeDocument = doc.blocks.some((block) => this.isHeaderRow(block));
  }

  private isHeaderRow(block: SourceBlock | undefined): boolean {
    return block !== undefined && block.kind === "row" && this.reader.isHeader(labelsAsWritten(block));
  }

  run(): Assembly {
    const blocks = this.doc.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      if (block.kind === "paragraph") {
        if (isBlankRichText(block.rich)) continue;
        // In a Word or Markdown file a paragraph ends the table above it.
        if (this.doc.format === "docx" || this.doc.format === "markdown") this.endTable();
        this.pending.push({ rich: block.rich, line: block.line, location: block.location, row: false });
        continue;
      }
      const filled = filledCount(block);
      if (filled === 0) continue;
      const physical = physicalTable(block);
      const physicalChanged = physical !== this.physical;
      this.physical = physical;
      const groupChanged = block.group !== this.group;
      this.group = block.group;
      if (this.isHeaderRow(block)) {
        b = this.header(block, blocks[b + 1], groupChanged, b);
        continue;
      }
      // A single-cell row right before a header is a title line (CSV, sheets); not the rest of a row cut by a page break.
      if (filled === 1 && block.pageContinuation !== true && this.titleFollows(b)) {
        const rich = block.cells.find(isFilled)!.rich;
        this.pending.push({ rich, line: block.line, location: block.location, row: false });
        continue;
      }
      if (this.table !== null && physicalChanged && this.doc.format === "docx") {
        // Another Word table without a header: the plan table goes on only if it has the same width.
        if (block.cells.length !== this.table.columns.length) this.endTable();
      }
      if (this.table === null && this.wholeDocument) {
        this.pending.push({
          rich: joinRichText(nonEmptyCells(block).map((cell) => cell.rich)),
          line: block.line,
          location: block.location,
          row: true,
        });
        continue;
      }
      this.dataRow(block);
    }
    this.flushPending("body");
    this.trimGroupTables();
    if (this.tables.length === 0) {
      this.diagnostics.push(
        diagnostic(
          "import.no-table",
          "error",
          { vi: "Không tìm thấy bảng kế hoạch nào trong tệp", en: "No plan table was found in the file" },
          this.doc.fileName === null ? null : { file: this.doc.fileName },
        ),
      );
    }
    return { tables: this.tables, ledger: this.ledger, diagnostics: this.diagnostics };
  }

  /**
   * Our CSV export keeps its tables in one file, each row naming its table
   * (the row's group, from the "Biểu" column): a new name starts a new table
   * with the same columns, captioned with the name. Returns the table the row goes into.
   */
  private splitByGroup(block: SourceRow, table: AssembledTable): AssembledTable {
    if (this.doc.format !== "csv" || block.group === null) return table;
    if (this.groupTables.get(table) === block.group) return table;
    const target =
      table.rows.length === 0 && !this.groupTables.has(table)
        ? table
        : this.startTable([...table.columns], false);
    if (target.titleLines.length === 0) {
      target.titleLines = [plainRichText(block.group)];
      target.titleLineNumbers = [null];
    }
    this.groupTables.set(target, block.group);
    return target;
  }

  /** The export's header is the union of its tables' columns: a table keeps none it never fills at its end. */
  private trimGroupTables(): void {
    for (const table of this.groupTables.keys()) {
      const blank = (c: number) =>
        table.rows.every((row) => isBlankRichText(row.cells[c] ?? { segments: [] }));
      while (table.columns.length > 2 && blank(table.columns.length - 1)) {
        table.columns.pop();
        for (const row of table.rows) {
          row.cells.length = Math.min(row.cells.length, table.columns.length);
          row.cellLocations.length = Math.min(row.cellLocations.length, table.columns.length);
        }
      }
    }
  }

  private endTable(): void {
    this.table = null;
    this.lastRow = null;
  }

  /** Text waiting when no table follows, or inside a table's rows: body text, or stray text with a note. */
  private flushPending(as: "body" | "stray"): void {
    for (const item of this.pending) {
      if (as === "body") {
        this.ledger.push({ kind: "body", line: item.line, location: item.location, table: null });
        continue;
      }
      const text = shorten(richTextToString(item.rich));
      this.diagnostics.push(
        diagnostic(
          "import.stray-text",
          "info",
          {
            vi: `Dòng văn bản "${text}" nằm ngoài bảng, không thuộc hoạt động nào`,
            en: `Text line "${text}" stands outside any table row`,
          },
          item.location,
        ),
      );
      this.ledger.push({
        kind: "diagnostic",
        line: item.line,
        location: item.location,
        table: this.table?.index ?? null,
        code: "import.stray-text",
      });
    }
    this.pending = [];
  }

  private startTable(columns: Column[], headerless: boolean): AssembledTable {
    const titleLines: RichText[] = [];
    const titleLineNumbers: (number | null)[] = [];
    let attachedTo: RichText | null = null;
    let attachedLocation: SourceLocation | null = null;
    const index = this.tables.length;
    const start = captionStart(this.pending);
    const body = this.pending.slice(0, start);
    for (const item of body)
      this.ledger.push({ kind: "body", line: item.line, location: item.location, table: null });
    let attachedOpen = false;
    for (const item of this.pending.slice(start)) {
      const text = richTextToString(item.rich);
      if (attachedTo === null && attachedPattern.test(text)) {
        attachedTo = item.rich;
        attachedLocation = item.location;
        attachedOpen = isParenthesisOpen(text);
      } else if (attachedTo !== null && attachedOpen) {
        // "(Kèm theo Kế hoạch số … ngày …" wrapped onto the next line "của UBND tỉnh …)".
        attachedTo = joinRichText([attachedTo, item.rich]);
        attachedOpen = isParenthesisOpen(richTextToString(attachedTo));
      } else {
        titleLines.push(item.rich);
        titleLineNumbers.push(item.line);
      }
      this.ledger.push({ kind: "title", line: item.line, location: item.location, table: index });
    }
    this.pending = [];
    const created: AssembledTable = {
      index,
      titleLines,
      titleLineNumbers,
      attachedTo,
      attachedLocation,
      columns,
      headerless,
      rows: [],
    };
    this.tables.push(created);
    this.table = created;
    this.lastRow = null;
    this.previousCells = [];
    this.origin = [];
    return created;
  }

  /** A header row (and the lower header line under it): starts a table, or repeats the open one's. */
  private header(block: SourceRow, next: SourceBlock | undefined, groupChanged: boolean, at: number): number {
    const covered = (row: SourceRow) => row.cells.map((cell) => cell.merge !== null);
    // The rest of a row cut by a page break is never a lower header line, however short its cells ("phương").
    const sub =
      next?.kind === "row" &&
      next.pageContinuation !== true &&
      this.reader.isSubHeader(labels(next), covered(next))
        ? next
        : null;
    const columns = uniqueRoles(
      recogniseColumns(labels(block), sub ? labels(sub) : [], {
        covered: block.cells.map((cell) => cell.merge === "horizontal"),
        reader: this.reader,
      }),
      block.location,
      this.diagnostics,
    );
    const table = this.table;
    const same =
      table !== null &&
      !table.headerless &&
      this.pending.length === 0 &&
      !(groupChanged && block.group !== null && this.doc.format === "xlsx") &&
      sameColumns(table.columns, columns);
    if (same) {
      this.broken = true;
    } else {
      const created = this.startTable(columns, false);
      reportColumns(columns, block.location, this.diagnostics);
      this.broken = false;
      this.table = created;
    }
    const index = this.table!.index;
    this.ledger.push({ kind: "header", line: block.line, location: block.location, table: index });
    if (sub === null) return at;
    this.ledger.push({ kind: "header", line: sub.line, location: sub.location, table: index });
    return at + 1;
  }

  private dataRow(block: SourceRow): void {
    if (this.pending.length > 0) this.flushPending("stray");
    const table = this.splitByGroup(block, this.table ?? this.headerlessTable(block.location));
    const width = table.columns.length;
    const page = block.location.page;
    const pageBreak = page !== undefined && this.lastPage !== undefined && page !== this.lastPage;
    if (page !== undefined) this.lastPage = page;
    const evidence = this.broken || pageBreak || block.pageContinuation === true;
    this.broken = false;

    const extras = this.extraCells(block, width);
    const { cells, inheritedHere } = this.resolvedCells(block, width);
    const codeColumns = this.codeColumnsOf(table);
    const { code, codeColumn } = rowCode(table, cells, codeColumns);
    const codeInherited = codeColumn >= 0 && inheritedHere.has(codeColumn);
    const ownCells = this.ownCells(table, cells, inheritedHere);

    if (code === "" || codeInherited) {
      const last = this.lastRow;
      // A number cell merged down (as the source says, across a page break too) over cells of its own: a sub-row.
      if (block.pageContinuation !== true && last !== null && codeInherited && ownCells.any) {
        this.addRow(block, table, code, cells, extras, inheritedHere, last.subRow + 1);
        return;
      }
      if (!evidence && code === "" && ownCells.leadOrTime) {
        this.addRow(block, table, "", cells, extras, inheritedHere, 1);
        return;
      }
      if (last === null) {
        this.orphan(block, table);
        return;
      }
      this.continueRow(block, last, cells, extras, inheritedHere, codeColumns, evidence ? "break" : "empty");
      return;
    }
    this.addRow(block, table, code, cells, extras, inheritedHere, 1);
  }

  /** The table's code columns, worked out once per table (its columns are fixed while rows come). */
  private codeColumnsOf(table: AssembledTable): readonly number[] {
    let columns = this.codeColumns.get(table);
    if (columns === undefined) {
      columns = table.columns.flatMap((column, c) => (column.role === "code" ? [c] : []));
      this.codeColumns.set(table, columns);
    }
    return columns;
  }

  /** A table whose first row is data: the seed's columns are assumed, with a warning. */
  private headerlessTable(location: SourceLocation): AssembledTable {
    const table = this.startTable([...defaultColumns], true);
    this.diagnostics.push(
      diagnostic(
        "import.no-header",
        "warning",
        {
          vi: "Bảng không có dòng tiêu đề; giả định các cột TT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp thực hiện, Thời gian, Dự kiến kết quả",
          en: "The table has no header row; assuming the columns TT, Nội dung, lead, coordinators, time, expected results",
        },
        location,
      ),
    );
    return table;
  }

  /** Cells past the header's width (kept in "extra"), with a warning. */
  private extraCells(block: SourceRow, width: number): readonly SourceCell[] {
    if (block.cells.length <= width) return NO_CELLS;
    const extras = block.cells
      .slice(width)
      .filter((cell) => cell.merge === null && !isBlankRichText(cell.rich));
    if (extras.length > 0) {
      this.diagnostics.push(
        diagnostic(
          "import.extra-cells",
          "warning",
          {
            vi: `Dòng có ${block.cells.length} ô nhưng bảng chỉ có ${width} cột; nội dung thừa được giữ ở "extra"`,
            en: `The row has ${block.cells.length} cells but the table has ${width} columns; the extra text is kept in "extra"`,
          },
          extras[0]!.location,
        ),
      );
    }
    return extras;
  }

  /** The row's cells with merges resolved: a vertical merge repeats the (resolved) cell above. */
  private resolvedCells(
    block: SourceRow,
    width: number,
  ): { cells: RichText[]; inheritedHere: ReadonlyMap<number, string> } {
    const cells: RichText[] = [];
    let inheritedHere: Map<number, string> | null = null;
    for (let c = 0; c < width; c++) {
      const cell = block.cells[c];
      if (cell?.merge === "vertical" && isBlankRichText(cell.rich)) {
        cells.push(this.previousCells[c] ?? { segments: [] });
        if (this.origin[c] !== undefined) {
          inheritedHere ??= new Map();
          inheritedHere.set(c, this.origin[c]!);
        }
      } else if (cell === undefined || cell.merge === "horizontal") {
        cells.push({ segments: [] });
      } else {
        cells.push(cell.rich);
      }
    }
    return { cells, inheritedHere: inheritedHere ?? NONE_INHERITED };
  }

  /** Which cells a row has of its own (not merged down from above, not the number or title). */
  private ownCells(
    table: AssembledTable,
    cells: readonly RichText[],
    inherited: ReadonlyMap<number, string>,
  ): { any: boolean; leadOrTime: boolean } {
    let any = false;
    let leadOrTime = false;
    table.columns.forEach((column, c) => {
      if (column.role === "code" || column.role === "title" || inherited.has(c)) return;
      if (isBlankRichText(cells[c] ?? { segments: [] })) return;
      any = true;
      if (column.role === "leads" || column.role === "time") leadOrTime = true;
    });
    return { any, leadOrTime };
  }

  private orphan(block: SourceRow, table: AssembledTable): void {
    this.diagnostics.push(
      diagnostic(
        "import.orphan-row",
        "error",
        {
          vi: "Dòng không có số thứ tự và không có dòng nào phía trên để nối vào; bỏ qua",
          en: "The row has no number and no row above it to continue; skipped",
        },
        block.location,
      ),
    );
    this.ledger.push({
      kind: "diagnostic",
      line: block.line,
      location: block.location,
      table: table.index,
      code: "import.orphan-row",
    });
  }

  private continueRow(
    block: SourceRow,
    row: LogicalRow,
    cells: readonly RichText[],
    extras: readonly SourceCell[],
    inherited: ReadonlyMap<number, string>,
    codeColumns: readonly number[],
    why: "break" | "empty",
  ): void {
    const width = cells.length;
    for (let c = 0; c < width; c++) {
      if (codeColumns.includes(c) || inherited.has(c)) continue;
      const add = cells[c]!;
      if (isBlankRichText(add)) continue;
      if (isBlankRichText(row.cells[c]!)) row.cellLocations[c] = block.cells[c]?.location ?? block.location;
      row.cells[c] = joinRichText([row.cells[c]!, add]);
    }
    for (const extra of extras) row.cells.push(extra.rich);
    row.lastLine = block.line;
    this.ledger.push({ kind: "row", row, part: "continuation", line: block.line, location: block.location });
    this.previousCells = row.cells.slice(0, width);
    const label = row.code === "" ? `(${row.firstLine})` : row.code;
    this.diagnostics.push(
      diagnostic(
        "import.row-continued",
        "info",
        why === "break"
          ? {
              vi: `Dòng không số thứ tự sau ngắt trang/tiêu đề lặp lại được nối vào mục ${label}`,
              en: `A numberless row after a page break or repeated header was joined to item ${label}`,
            }
          : {
              vi: `Dòng không số thứ tự, không có đơn vị hay thời gian riêng, được nối vào mục ${label}`,
              en: `A numberless row with no lead or time of its own was joined to item ${label}`,
            },
        block.location,
      ),
    );
  }

  private addRow(
    block: SourceRow,
    table: AssembledTable,
    code: string,
    cells: RichText[],
    extras: readonly SourceCell[],
    inherited: ReadonlyMap<number, string>,
    subRow: number,
  ): void {
    const width = table.columns.length;
    const row: LogicalRow = {
      table: table.index,
      code,
      subRow,
      // The row keeps the resolved cells themselves (they are also the next row's cells above): a copy only with extras.
      cells: extras.length === 0 ? cells : [...cells, ...extras.map((extra) => extra.rich)],
      cellLocations: cells.map((_, c) => block.cells[c]?.location ?? block.location),
      firstLine: block.line,
      lastLine: block.line,
      sheet: block.location.sheet ?? null,
      location: block.location,
      inherited,
    };
    table.rows.push(row);
    this.ledger.push({ kind: "row", row, part: "activity", line: block.line, location: block.location });
    for (let c = 0; c < width; c++) if (!inherited.has(c)) this.origin[c] = code;
    this.previousCells = cells;
    this.lastRow = row;
  }

  private titleFollows(from: number): boolean {
    const blocks = this.doc.blocks;
    for (let i = from + 1; i < blocks.length && i < from + 12; i++) {
      const block = blocks[i]!;
      if (block.kind === "paragraph") continue;
      if (this.isHeaderRow(block)) return true;
      if (filledCount(block) > 1) return false;
    }
    return false;
  }
}

/**
 * The row's number: the most specific one written, the rightmost filled code
 * column ("1" then "a)" under a merged "TT"); without a code column every row
 * is its own activity, numbered in order; "" when none is written.
 */
function rowCode(
  table: AssembledTable,
  cells: readonly RichText[],
  codeColumns: readonly number[],
): { code: string; codeColumn: number } {
  let codeColumn = -1;
  for (const c of codeColumns) if (!isBlankRichText(cells[c]!)) codeColumn = c;
  const code =
    codeColumns.length === 0
      ? String(table.rows.length + 1)
      : codeColumn < 0
        ? ""
        : richTextToString(cells[codeColumn]!);
  return { code, codeColumn };
}

function sameColumns(a: readonly Column[], b: readonly Column[]): boolean {
  return a.length === b.length && a.every((column, i) => column.role === b[i]!.role);
}

/** Says which column got which role (info), and warns of a missing number or content column. */
function reportColumns(
  columns: readonly Column[],
  location: SourceLocation,
  diagnostics: Diagnostic[],
): void {
  const roles = columns.map((column) => `${column.label || "(trống)"} → ${column.role}`).join("; ");
  diagnostics.push(
    diagnostic(
      "import.columns",
      "info",
      { vi: `Vai trò các cột: ${roles}`, en: `Column roles: ${roles}` },
      location,
    ),
  );
  for (const role of ["code", "title"] as const) {
    if (!columns.some((column) => column.role === role)) {
      diagnostics.push(
        diagnostic(
          "import.column-missing",
          "warning",
          {
            vi: `Bảng thiếu cột ${role === "code" ? "số thứ tự (TT)" : "nội dung"}`,
            en: `The table has no ${role === "code" ? "number (TT)" : "content"} column`,
          },
          location,
        ),
      );
    }
  }
  for (const column of columns) {
    if (column.role === "other" && column.label !== "") {
      diagnostics.push(
        diagnostic(
          "import.column-unknown",
          "info",
          {
            vi: `Không nhận ra cột "${column.label}"; nội dung được giữ ở "extra"`,
            en: `Column "${column.label}" is not recognised; its text is kept in "extra"`,
          },
          location,
        ),
      );
    }
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
