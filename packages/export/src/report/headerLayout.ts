import type { ReportColumn } from "./Report";

/** A header cell of the two-row header: where it starts, how many columns and rows it spans. */
export interface HeaderCell {
  label: string;
  /** 0-based first column. */
  column: number;
  columnSpan: number;
  /** 0-based header row. */
  row: 0 | 1;
  rowSpan: 1 | 2;
}

/** The header of a table: one row when no column has a group, else two rows with merged cells. */
export interface HeaderLayout {
  rowCount: 1 | 2;
  /** Every visible header cell, top row first, left to right. */
  cells: HeaderCell[];
}

/**
 * Lays out a table header from its leaf columns: a column without a group
 * spans both rows; consecutive columns with the same group share one merged
 * top cell and show their own labels in the second row.
 */
export function headerLayout(columns: readonly ReportColumn[]): HeaderLayout {
  const grouped = columns.some((c) => c.group !== null);
  if (!grouped) {
    return {
      rowCount: 1,
      cells: columns.map((c, i) => ({ label: c.label, column: i, columnSpan: 1, row: 0, rowSpan: 1 })),
    };
  }
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  let i = 0;
  while (i < columns.length) {
    const column = columns[i] as ReportColumn;
    if (column.group === null) {
      top.push({ label: column.label, column: i, columnSpan: 1, row: 0, rowSpan: 2 });
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < columns.length && columns[end + 1]?.group === column.group) end++;
    top.push({ label: column.group, column: i, columnSpan: end - i + 1, row: 0, rowSpan: 1 });
    for (let j = i; j <= end; j++) {
      bottom.push({ label: columns[j]?.label ?? "", column: j, columnSpan: 1, row: 1, rowSpan: 1 });
    }
    i = end + 1;
  }
  return { rowCount: 2, cells: [...top, ...bottom] };
}

/** One flat label per column: "Dự kiến kết quả – Cấp quận" for grouped columns (CSV, Markdown). */
export function flatColumnLabels(columns: readonly ReportColumn[]): string[] {
  return columns.map((c) => (c.group === null ? c.label : `${c.group} – ${c.label}`));
}
