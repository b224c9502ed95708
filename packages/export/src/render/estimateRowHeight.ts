import { cellText } from "../report/cellText";
import type { ReportColumn, ReportRow } from "../report/Report";

/**
 * Estimates a row's height in points from its text: lines each cell wraps to
 * (at `charWidthEm` of the font size per character on average) times the line
 * height. Renderers use it to let a row taller than a page split, since a row
 * that may not split and does not fit is clipped by word processors.
 */
export function estimateRowHeightPt(
  row: ReportRow,
  columns: readonly ReportColumn[],
  widthsPt: readonly number[],
  fontSizePt: number,
  charWidthEm = 0.48,
): number {
  let lines = 1;
  columns.forEach((column, i) => {
    const width = Math.max(1, (widthsPt[i] ?? 1) - 8);
    const perLine = Math.max(1, Math.floor(width / (fontSizePt * charWidthEm)));
    const text = cellText(row.cells[column.key]);
    const cellLines = text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
    lines = Math.max(lines, cellLines);
  });
  return lines * fontSizePt * 1.2 + 6;
}

/** The height of the text area of an A4 page in points, for an orientation and top + bottom margins in mm. */
export function pageTextHeightPt(orientation: "portrait" | "landscape", verticalMarginsMm: number): number {
  const heightMm = orientation === "portrait" ? 297 : 210;
  return ((heightMm - verticalMarginsMm) * 72) / 25.4;
}
