import type { Content } from "pdfmake/interfaces.js";
import { noteInParentheses } from "../report/cellText";
import type { ReportCell } from "../report/Report";
import { emphasisLines } from "./emphasisRuns";
import { unbreakableRuns } from "./unbreakableRuns";

/** pdfmake inlines of a text: document numbers, dates and abbreviations as single unbreakable words. */
export function pdfInlines(text: string, style: { bold?: boolean; italics?: boolean } = {}): Content[] {
  return unbreakableRuns(text).map((r) => ({
    text: r.text,
    ...style,
    ...(r.unbreakable ? { noWrap: true } : {}),
  }));
}

/** A report cell as a pdfmake stack: one paragraph per line with its bold ranges, then the note in italics. */
export function pdfCellContent(cell: ReportCell | undefined, bold: boolean): Content {
  const stack: Content[] = emphasisLines(cell?.text ?? "", cell?.emphasis ?? []).map((pieces) => ({
    text: pieces.flatMap((p) => pdfInlines(p.text, { bold: bold || p.bold })),
  }));
  if (cell?.note) stack.push({ text: pdfInlines(noteInParentheses(cell.note), { italics: true }) });
  return { stack };
}
