import type { Content, TableCell } from "pdfmake/interfaces.js";
import { type HeaderLayout, headerLayout } from "../report/headerLayout";
import type { ReportRow, ReportTable } from "../report/Report";
import { textWidthMm } from "./pageGeometry";
import { pdfCellContent } from "./pdfCellContent";
import { statusLabels } from "./statusLabels";
import { layoutTable, roundWidths } from "./tableLayout";

const PT_PER_MM = 72 / 25.4;

/** The header rows of a table: the labels, bold and centred on grey, with their spans. */
function headerBody(t: ReportTable, layout: HeaderLayout): TableCell[][] {
  const body: TableCell[][] = [];
  for (let r = 0; r < layout.rowCount; r++) {
    const row: TableCell[] = t.columns.map(() => ({ text: "" }));
    for (const c of layout.cells.filter((x) => x.row === r)) {
      row[c.column] = {
        text: c.label,
        bold: true,
        alignment: "center",
        fillColor: "#F2F2F2",
        colSpan: c.columnSpan > 1 ? c.columnSpan : undefined,
        rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
      };
    }
    body.push(row);
  }
  return body;
}

/** One body row: a section row spans all but its code cell; others fill in their status colour. */
function rowBody(t: ReportTable, row: ReportRow): TableCell[] {
  const fill = row.status ? `#${statusLabels[row.status].color}` : undefined;
  const first = t.columns[0];
  if (row.kind === "section" && first && t.columns.length > 2) {
    return [
      { ...(pdfCellContent(row.cells[first.key], true) as object), alignment: "center" } as TableCell,
      {
        ...(pdfCellContent(row.cells.title, true) as object),
        alignment: "left",
        colSpan: t.columns.length - 1,
      } as TableCell,
      ...t.columns.slice(2).map(() => ({ text: "" })),
    ];
  }
  return t.columns.map(
    (c) =>
      ({
        ...(pdfCellContent(row.cells[c.key], row.kind === "total") as object),
        alignment: c.align,
        fillColor: fill,
      }) as TableCell,
  );
}

/**
 * pdfmake does not grow rows for a cell spanning two rows: the height the first header row needs
 * for its spanning labels, or undefined for a one-row header.
 */
function firstHeaderHeight(
  layout: HeaderLayout,
  widths: number[],
  tableFontSize: number,
): number | undefined {
  if (layout.rowCount <= 1) return undefined;
  const lineHeight = tableFontSize * 1.25;
  const spanningLines = Math.max(
    1,
    ...layout.cells
      .filter((c) => c.rowSpan > 1)
      .map((c) =>
        Math.ceil((c.label.length * tableFontSize * 0.55) / Math.max(1, (widths[c.column] ?? 1) - 4)),
      ),
  );
  return Math.max(lineHeight, (spanningLines - 1) * lineHeight + 4);
}

/** A report table as pdfmake content: its title lines, subtitle and the table with a repeated header. */
export function pdfTableContent(
  t: ReportTable,
  orientation: "portrait" | "landscape",
  tableFontSize: number,
): Content[] {
  const out: Content[] = [];
  for (const line of t.title) out.push({ text: line, bold: true, alignment: "center" });
  if (t.subtitle) out.push({ text: t.subtitle, italics: true, alignment: "center", margin: [0, 0, 0, 6] });
  // pdfmake's widths leave out the cells' padding (4 pt each side); DejaVu Serif is about 15 % wider than Times.
  const totalPt = Math.floor(textWidthMm(orientation) * PT_PER_MM - t.columns.length * 8 - 2);
  const sized = layoutTable(t, { totalPt, fontSizePt: tableFontSize * 1.15, paddingPt: 1 });
  const widths = roundWidths(sized.widthsPt, totalPt);
  const layout = headerLayout(t.columns);
  const body = [...headerBody(t, layout), ...t.rows.map((row) => rowBody(t, row))];
  const headerHeight = firstHeaderHeight(layout, widths, tableFontSize);
  // Rows of a few lines are never split; a table with taller rows lets rows continue on the next page
  // (pdfmake decides for the whole table), so a tall row does not leave a page half empty.
  const dontBreakRows = sized.keepWhole.every(Boolean);
  out.push({
    table: {
      headerRows: layout.rowCount,
      dontBreakRows,
      widths,
      body,
      heights: (row: number) => (row === 0 && headerHeight ? headerHeight : "auto"),
    },
    style: "table",
    margin: [0, 0, 0, 10],
  });
  return out;
}
