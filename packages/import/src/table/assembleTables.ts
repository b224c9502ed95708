import type { ColumnRole, Diagnostic, SourceLocation } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from "../SourceDocument";
import { isBlankRichText, joinRichText, type RichText, richTextToString } from "../text/RichText";
import {
  type Column,
  defaultColumns,
  isHeaderLabels,
  isSubHeaderLabels,
  recogniseColumns,
} from "./recogniseColumns";

/** A logical table row: one activity, with the physical rows merged into it. */
export interface LogicalRow {
  table: number;
  code: string;
  /** One rich text per column. */
  cells: RichText[];
  /** Location of each column's first non-empty cell (else the row's). */
  cellLocations: SourceLocation[];
  firstLine: number;
  lastLine: number;
  sheet: string | null;
  location: SourceLocation;
  /** Columns whose text was inherited from a merged cell above: column → code of the row it came from. */
  inherited: Map<number, string>;
  /** Physical rows that made it: [line, location, kind]. */
  parts: { line: number; location: SourceLocation; kind: "activity" | "continuation" }[];
}

/** A table with its title, columns and logical rows. */
export interface AssembledTable {
  index: number;
  titleLines: RichText[];
  attachedTo: RichText | null;
  /** Where the "(Kèm theo …)" line is. */
  attachedLocation: SourceLocation | null;
  columns: Column[];
  headerless: boolean;
  rows: LogicalRow[];
}

/** Ledger items the assembler decides (rows are resolved to activity ids later). */
export type AssemblyLedgerItem =
  | { kind: "title" | "header"; line: number; location: SourceLocation; table: number | null }
  | { kind: "diagnostic"; line: number; location: SourceLocation; table: number | null; code: string }
  | { kind: "row"; row: LogicalRow; part: number };

/** The tables of a document, the ledger items and the diagnostics. */
export interface Assembly {
  tables: AssembledTable[];
  ledger: AssemblyLedgerItem[];
  diagnostics: Diagnostic[];
}

/** Header labels are short; longer cells are content and are not flattened to be tested as labels. */
const MAX_LABEL_LENGTH = 80;

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

function nonEmptyCells(row: SourceRow): SourceCell[] {
  return row.cells.filter((cell) => cell.merge === null && !isBlankRichText(cell.rich));
}

function isHeaderRow(block: SourceBlock | undefined): boolean {
  return block !== undefined && block.kind === "row" && isHeaderLabels(labels(block));
}

const attachedPattern = /^\(?\s*kèm theo/iu;

function uniqueRoles(columns: Column[], location: SourceLocation, diagnostics: Diagnostic[]): Column[] {
  const seen = new Set<ColumnRole>();
  return columns.map((column) => {
    if (column.role === "other" || column.role === "notes") return column;
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
 * Groups the blocks of a document into tables: title lines and the
 * "(Kèm theo …)" line above each table, its header (one or two lines,
 * repeated after page breaks), and logical rows. A row without a code
 * continues the row above, cell by cell (words joined with one space); a
 * merged cell's lower part repeats the text above it. Every non-blank block
 * gets one ledger item.
 */
export function assembleTables(doc: SourceDocument): Assembly {
  const tables: AssembledTable[] = [];
  const ledger: AssemblyLedgerItem[] = [];
  const diagnostics: Diagnostic[] = [];
  let table: AssembledTable | null = null;
  let pending: { rich: RichText; line: number; location: SourceLocation }[] = [];
  let lastRow: LogicalRow | null = null;
  let previousCells: RichText[] = [];
  let origin: string[] = [];
  let group: string | null = null;
  const blocks = doc.blocks;

  const flushPendingAsStray = () => {
    for (const item of pending) {
      diagnostics.push(
        diagnostic(
          "import.stray-text",
          "info",
          {
            vi: `Dòng văn bản "${shorten(richTextToString(item.rich))}" nằm ngoài bảng, không thuộc hoạt động nào`,
            en: `Text line "${shorten(richTextToString(item.rich))}" stands outside any table row`,
          },
          item.location,
        ),
      );
      ledger.push({
        kind: "diagnostic",
        line: item.line,
        location: item.location,
        table: table?.index ?? null,
        code: "import.stray-text",
      });
    }
    pending = [];
  };

  const startTable = (columns: Column[], headerless: boolean): AssembledTable => {
    const titleLines: RichText[] = [];
    let attachedTo: RichText | null = null;
    let attachedLocation: SourceLocation | null = null;
    const index = tables.length;
    for (const item of pending) {
      if (attachedTo === null && attachedPattern.test(richTextToString(item.rich))) {
        attachedTo = item.rich;
        attachedLocation = item.location;
      } else titleLines.push(item.rich);
      ledger.push({ kind: "title", line: item.line, location: item.location, table: index });
    }
    pending = [];
    const created: AssembledTable = {
      index,
      titleLines,
      attachedTo,
      attachedLocation,
      columns,
      headerless,
      rows: [],
    };
    tables.push(created);
    lastRow = null;
    previousCells = [];
    origin = [];
    return created;
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === "paragraph") {
      if (!isBlankRichText(block.rich))
        pending.push({ rich: block.rich, line: block.line, location: block.location });
      continue;
    }
    const filled = nonEmptyCells(block);
    if (filled.length === 0) continue;
    const groupChanged = block.group !== group;
    group = block.group;

    if (isHeaderRow(block)) {
      const next = blocks[b + 1];
      const sub = next?.kind === "row" && isSubHeaderLabels(labels(next)) ? next : null;
      const columns = uniqueRoles(
        recogniseColumns(labels(block), sub ? labels(sub) : []),
        block.location,
        diagnostics,
      );
      const same =
        table !== null &&
        !table.headerless &&
        pending.length === 0 &&
        !(groupChanged && block.group !== null && doc.format === "xlsx") &&
        sameColumns(table.columns, columns);
      if (!same) {
        table = startTable(columns, false);
        reportUnknownColumns(columns, block.location, diagnostics);
      }
      ledger.push({ kind: "header", line: block.line, location: block.location, table: table!.index });
      if (sub) {
        ledger.push({ kind: "header", line: sub.line, location: sub.location, table: table!.index });
        b++;
      }
      continue;
    }

    // A single-cell row right before a header is a title line (CSV, sheets); not the rest of a row cut by a page break.
    if (filled.length === 1 && block.pageContinuation !== true && titleFollows(blocks, b)) {
      pending.push({ rich: filled[0]!.rich, line: block.line, location: block.location });
      continue;
    }

    if (pending.length > 0) flushPendingAsStray();
    if (table === null) {
      table = startTable([...defaultColumns], true);
      diagnostics.push(
        diagnostic(
          "import.no-header",
          "warning",
          {
            vi: "Bảng không có dòng tiêu đề; giả định các cột TT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian, Dự kiến kết quả",
            en: "The table has no header row; assuming the columns TT, Nội dung, lead, coordinators, time, expected results",
          },
          block.location,
        ),
      );
    }
    const current: AssembledTable = table;
    const width = current.columns.length;
    const codeColumn = current.columns.findIndex((column) => column.role === "code");

    // Cells past the header's width.
    const extras = block.cells
      .slice(width)
      .filter((cell) => cell.merge === null && !isBlankRichText(cell.rich));
    if (extras.length > 0) {
      diagnostics.push(
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

    // Resolve merged cells: a vertical merge repeats the (resolved) cell above.
    const cells: RichText[] = [];
    const inheritedHere = new Map<number, string>();
    for (let c = 0; c < width; c++) {
      const cell = block.cells[c];
      if (cell?.merge === "vertical" && (cell === undefined || isBlankRichText(cell.rich))) {
        cells.push(previousCells[c] ?? { segments: [] });
        if (origin[c] !== undefined) inheritedHere.set(c, origin[c]!);
      } else if (cell === undefined || cell.merge === "horizontal") {
        cells.push({ segments: [] });
      } else {
        cells.push(cell.rich);
      }
    }
    // Without a code column every row is its own activity, numbered in order.
    const code =
      codeColumn >= 0
        ? richTextToString(cells[codeColumn] ?? { segments: [] })
        : String(current.rows.length + 1);
    const codeInherited = codeColumn >= 0 && inheritedHere.has(codeColumn);

    if (code === "" || codeInherited) {
      if (lastRow === null) {
        diagnostics.push(
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
        ledger.push({
          kind: "diagnostic",
          line: block.line,
          location: block.location,
          table: current.index,
          code: "import.orphan-row",
        });
        continue;
      }
      const row: LogicalRow = lastRow;
      for (let c = 0; c < width; c++) {
        if (c === codeColumn || inheritedHere.has(c)) continue;
        const add = cells[c]!;
        if (isBlankRichText(add)) continue;
        if (isBlankRichText(row.cells[c]!)) row.cellLocations[c] = block.cells[c]?.location ?? block.location;
        row.cells[c] = joinRichText([row.cells[c]!, add]);
      }
      for (const extra of extras) row.cells.push(extra.rich);
      row.lastLine = block.line;
      row.parts.push({ line: block.line, location: block.location, kind: "continuation" });
      ledger.push({ kind: "row", row, part: row.parts.length - 1 });
      previousCells = row.cells.slice(0, width);
      continue;
    }

    const row: LogicalRow = {
      table: current.index,
      code,
      cells: [...cells, ...extras.map((extra) => extra.rich)],
      cellLocations: cells.map((_, c) => block.cells[c]?.location ?? block.location),
      firstLine: block.line,
      lastLine: block.line,
      sheet: block.location.sheet ?? null,
      location: block.location,
      inherited: inheritedHere,
      parts: [{ line: block.line, location: block.location, kind: "activity" }],
    };
    current.rows.push(row);
    ledger.push({ kind: "row", row, part: 0 });
    for (let c = 0; c < width; c++) if (!inheritedHere.has(c)) origin[c] = code;
    previousCells = cells;
    lastRow = row;
  }
  if (pending.length > 0) flushPendingAsStray();
  if (tables.length === 0) {
    diagnostics.push(
      diagnostic(
        "import.no-table",
        "error",
        { vi: "Không tìm thấy bảng kế hoạch nào trong tệp", en: "No plan table was found in the file" },
        doc.fileName === null ? null : { file: doc.fileName },
      ),
    );
  }
  return { tables, ledger, diagnostics };
}

function titleFollows(blocks: readonly SourceBlock[], from: number): boolean {
  for (let i = from + 1; i < blocks.length && i < from + 12; i++) {
    const block = blocks[i]!;
    if (block.kind === "paragraph") continue;
    if (isHeaderRow(block)) return true;
    if (nonEmptyCells(block).length > 1) return false;
    if (nonEmptyCells(block).length === 0) continue;
  }
  return false;
}

function sameColumns(a: readonly Column[], b: readonly Column[]): boolean {
  return a.length === b.length && a.every((column, i) => column.role === b[i]!.role);
}

function reportUnknownColumns(
  columns: readonly Column[],
  location: SourceLocation,
  diagnostics: Diagnostic[],
): void {
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
