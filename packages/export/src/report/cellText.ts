import type { ReportCell, ReportRow } from "./Report";

/** A cell as one line of plain text: its text, then its note in parentheses (CSV, Markdown, .ics). */
export function cellText(cell: ReportCell | undefined): string {
  if (!cell) return "";
  if (!cell.note) return cell.text;
  const note = cell.note.startsWith("(") ? cell.note : `(${cell.note})`;
  return cell.text ? `${cell.text} ${note}` : note;
}

/** The plain text of a row's cell by column key. */
export function rowCellText(row: ReportRow, key: string): string {
  return cellText(row.cells[key]);
}
