import type { Borders, Fill, PageSetup, Style, Worksheet } from "exceljs";
import { cellText } from "../report/cellText";
import { headerLayout } from "../report/headerLayout";
import type { ReportRow, ReportStatus, ReportTable } from "../report/Report";
import { DECREE_30_MARGINS_MM, scaleWidths } from "./pageGeometry";
import { statusLabels } from "./statusLabels";

/** A table's title, subtitle and columns: everything but its rows. */
export type ReportTableHead = Omit<ReportTable, "rows">;

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "Times New Roman";
const INCH_PER_MM = 1 / 25.4;

/** Total column width in Excel character units for an A4 landscape page at 100 %. */
const SHEET_WIDTH_CHARS = 150;

/**
 * Page setup for a report sheet: A4 landscape, Decree 30 margins, fit to one
 * page wide (any number of pages high), header rows repeated on every page.
 * Given to `addWorksheet` itself, so the streaming writer keeps fit-to-page
 * (it writes the sheet properties as soon as the sheet is created).
 */
export function sheetPageSetup(headerFirstRow: number, headerLastRow: number): Partial<PageSetup> {
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerFirstRow}:${headerLastRow}`,
    margins: {
      top: DECREE_30_MARGINS_MM.top * INCH_PER_MM,
      bottom: DECREE_30_MARGINS_MM.bottom * INCH_PER_MM,
      left: DECREE_30_MARGINS_MM.left * INCH_PER_MM,
      right: DECREE_30_MARGINS_MM.right * INCH_PER_MM,
      header: 0.3,
      footer: 0.3,
    },
  };
}

/** Where the parts of a table land on its sheet (1-based rows). */
export interface SheetLayout {
  titleRows: number;
  headerFirstRow: number;
  headerLastRow: number;
  firstDataRow: number;
}

/** Computes the rows of the title block and the header for a table. */
export function sheetLayout(head: ReportTableHead): SheetLayout {
  const titleRows = head.title.length + (head.subtitle ? 1 : 0);
  const headerFirstRow = titleRows + (titleRows > 0 ? 2 : 1);
  const headerLastRow = headerFirstRow + headerLayout(head.columns).rowCount - 1;
  return { titleRows, headerFirstRow, headerLastRow, firstDataRow: headerLastRow + 1 };
}

/** An Excel sheet name (≤ 31 characters, none of : \ / ? * [ ]), unique among `taken`. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

const cellStyle: Partial<Style> = {
  font: { name: FONT, size: 12 },
  alignment: { vertical: "top", wrapText: true },
  border: BORDER,
};

function fillOf(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${argb}` } };
}

const bodyStyles = new Map<string, Partial<Style>>();

/**
 * The style of a body cell, one shared object per (bold, alignment, status).
 * Shared objects matter twice: exceljs's setters (`cell.fill = …`) mutate the
 * style object in place, so a shared object must never be changed after it is
 * handed out; and exceljs caches a style's id by object identity, so a large
 * sheet serialises each style once instead of once per cell.
 */
function bodyStyle(
  bold: boolean,
  align: "left" | "center" | "right",
  status: ReportStatus | null,
): Partial<Style> {
  const key = `${bold ? 1 : 0}|${align}|${status ?? ""}`;
  let style = bodyStyles.get(key);
  if (!style) {
    style = {
      ...cellStyle,
      font: bold ? { name: FONT, size: 12, bold: true } : cellStyle.font,
      alignment:
        align === "left" ? cellStyle.alignment : { vertical: "top", wrapText: true, horizontal: align },
      ...(status ? { fill: fillOf(statusLabels[status].color) } : {}),
    };
    bodyStyles.set(key, style);
  }
  return style;
}

/**
 * Writes the title block and the (merged, two-row) header of a table, sets the
 * column widths, frozen panes and the autofilter. Rows are added after.
 */
export function writeSheetHead(
  ws: Worksheet,
  head: ReportTableHead,
  layout: SheetLayout,
  commit: boolean,
): void {
  const count = head.columns.length;
  const widths = scaleWidths(
    head.columns.map((c) => c.width),
    SHEET_WIDTH_CHARS,
  );
  ws.columns = head.columns.map((c, i) => ({ key: c.key, width: Math.max(4, widths[i] ?? 10) }));
  let r = 1;
  const titleLine = (text: string, italic: boolean) => {
    const row = ws.getRow(r);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = { name: FONT, size: italic ? 12 : 13, bold: !italic, italic };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (count > 1) ws.mergeCells(r, 1, r, count);
    if (commit) row.commit();
    r++;
  };
  for (const line of head.title) titleLine(line, false);
  if (head.subtitle) titleLine(head.subtitle, true);
  if (layout.titleRows > 0) {
    if (commit) ws.getRow(r).commit();
    r++;
  }
  const header = headerLayout(head.columns);
  for (let h = 0; h < header.rowCount; h++) {
    const row = ws.getRow(layout.headerFirstRow + h);
    for (let c = 1; c <= count; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
      cell.fill = fillOf("F2F2F2");
    }
    for (const hc of header.cells.filter((x) => x.row === h)) row.getCell(hc.column + 1).value = hc.label;
  }
  for (const hc of header.cells) {
    if (hc.columnSpan > 1 || hc.rowSpan > 1) {
      const top = layout.headerFirstRow + hc.row;
      ws.mergeCells(top, hc.column + 1, top + hc.rowSpan - 1, hc.column + hc.columnSpan);
    }
  }
  if (commit) for (let h = 0; h < header.rowCount; h++) ws.getRow(layout.headerFirstRow + h).commit();
  ws.autoFilter = {
    from: { row: layout.headerLastRow, column: 1 },
    to: { row: layout.headerLastRow, column: count },
  };
}

/** Writes one body row at `rowNumber` (styles, status colour, a merged title for section rows). */
export function writeSheetRow(
  ws: Worksheet,
  head: ReportTableHead,
  row: ReportRow,
  rowNumber: number,
  commit: boolean,
): void {
  const values = head.columns.map((c) => cellText(row.cells[c.key]));
  const xrow = ws.getRow(rowNumber);
  xrow.values = values;
  const bold = row.kind !== "item";
  for (let c = 1; c <= head.columns.length; c++) {
    xrow.getCell(c).style = bodyStyle(bold, head.columns[c - 1]?.align ?? "left", row.status);
  }
  if (row.kind === "section" && head.columns.length > 2) {
    const title = cellText(row.cells.title);
    xrow.getCell(2).value = title;
    for (let c = 3; c <= head.columns.length; c++) xrow.getCell(c).value = null;
    if (commit) mergeNewRow(ws, rowNumber, 2, head.columns.length);
    else ws.mergeCells(rowNumber, 2, rowNumber, head.columns.length);
  }
  if (commit) xrow.commit();
}

/**
 * Merges cells of a row that has just been written, in exceljs's streaming
 * writer. Its `mergeCells` compares the new range with every earlier merge
 * (to refuse overlaps), which makes a sheet with one merged section row every
 * ten rows quadratic: 10,000 merges, 50 million comparisons. A fresh row cannot
 * overlap an earlier merge (they all end above it), so the comparison is
 * skipped by handing `mergeCells` an empty list and putting the merges back
 * after. Falls back to the plain call if exceljs ever keeps merges otherwise.
 */
function mergeNewRow(ws: Worksheet, row: number, from: number, to: number): void {
  const writer = ws as unknown as { _merges?: unknown };
  const kept = writer._merges;
  if (!Array.isArray(kept)) {
    ws.mergeCells(row, from, row, to);
    return;
  }
  writer._merges = [];
  try {
    ws.mergeCells(row, from, row, to);
    kept.push(...(writer._merges as unknown[]));
  } finally {
    writer._merges = kept;
  }
}

/** The frozen-pane view: everything above the first data row and the code column stay in place. */
export function frozenView(layout: SheetLayout) {
  return [
    {
      state: "frozen" as const,
      xSplit: 1,
      ySplit: layout.headerLastRow,
      topLeftCell: `B${layout.firstDataRow}`,
    },
  ];
}
