import type { ReportCell, ReportRow } from "./Report";

/** A cell's note as printed after its text: in parentheses, unless it already starts with one. */
export function noteInParentheses(note: string): string {
  return note.startsWith("(") ? note : `(${note})`;
}

/** A cell as one line of plain text: its text, then its note in parentheses (CSV, Markdown, .ics). */
export function cellText(cell: ReportCell | undefined): string {
  if (!cell) return "";
  if (!cell.note) return cell.text;
  const note = noteInParentheses(cell.note);
  return cell.text ? `${cell.text} ${note}` : note;
}

/** The plain text of a row's cell by column key. */
export function rowCellText(row: ReportRow, key: string): string {
  return cellText(row.cells[key]);
}
