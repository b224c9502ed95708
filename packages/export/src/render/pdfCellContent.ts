import type { Content } from "pdfmake/interfaces.js";
import type { ReportCell } from "../report/Report";
import { emphasisPieces } from "./emphasisRuns";
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
  const text = cell?.text ?? "";
  const stack: Content[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const ranges = (cell?.emphasis ?? [])
      .map((r) => ({ start: r.start - offset, end: r.end - offset }))
      .filter((r) => r.end > 0 && r.start < line.length);
    offset += line.length + 1;
    stack.push({
      text: emphasisPieces(line, ranges).flatMap((p) => pdfInlines(p.text, { bold: bold || p.bold })),
    });
  }
  if (cell?.note)
    stack.push({
      text: pdfInlines(cell.note.startsWith("(") ? cell.note : `(${cell.note})`, { italics: true }),
    });
  return { stack };
}
