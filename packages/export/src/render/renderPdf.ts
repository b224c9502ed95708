import pdfmake from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { z } from "zod";
import { formatVietnameseDateLine } from "../report/formatVietnameseDate";
import { headerLayout } from "../report/headerLayout";
import {
  type Report,
  type ReportBlock,
  type ReportCell,
  ReportSchema,
  type ReportTable,
} from "../report/Report";
import { assertValid } from "./assertValid";
import { closingPartIndex } from "./closingPartIndex";
import { emphasisPieces } from "./emphasisRuns";
import { DECREE_30_MARGINS_MM, textWidthMm } from "./pageGeometry";
import { dejaVuSerifPaths, PDF_FONT_FAMILY } from "./pdfFonts";
import { statusLabels } from "./statusLabels";
import { layoutTable, roundWidths } from "./tableLayout";
import { unbreakableRuns } from "./unbreakableRuns";

/** Options of {@link renderPdf}. */
export const PdfOptionsSchema = z.object({
  /** Body size in points (default 12.5: DejaVu Serif is wider than Times New Roman). */
  fontSize: z.number().min(6).max(20).default(12),
  /** Table text size in points (default 10.5). */
  tableFontSize: z.number().min(6).max(20).default(10.5),
});
/** What {@link PdfOptionsSchema} accepts (before defaults are filled in): options of {@link renderPdf}. */
export type PdfOptions = z.input<typeof PdfOptionsSchema>;

const PT_PER_MM = 72 / 25.4;

/** pdfmake inlines of a text: document numbers, dates and abbreviations as single unbreakable words. */
function inlines(text: string, style: { bold?: boolean; italics?: boolean } = {}): Content[] {
  return unbreakableRuns(text).map((r) => ({
    text: r.text,
    ...style,
    ...(r.unbreakable ? { noWrap: true } : {}),
  }));
}

function cellContent(cell: ReportCell | undefined, bold: boolean): Content {
  const text = cell?.text ?? "";
  const stack: Content[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const ranges = (cell?.emphasis ?? [])
      .map((r) => ({ start: r.start - offset, end: r.end - offset }))
      .filter((r) => r.end > 0 && r.start < line.length);
    offset += line.length + 1;
    stack.push({
      text: emphasisPieces(line, ranges).flatMap((p) => inlines(p.text, { bold: bold || p.bold })),
    });
  }
  if (cell?.note)
    stack.push({
      text: inlines(cell.note.startsWith("(") ? cell.note : `(${cell.note})`, { italics: true }),
    });
  return { stack };
}

function tableContent(
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
  for (const row of t.rows) {
    const fill = row.status ? `#${statusLabels[row.status].color}` : undefined;
    const first = t.columns[0];
    if (row.kind === "section" && first && t.columns.length > 2) {
      body.push([
        { ...(cellContent(row.cells[first.key], true) as object), alignment: "center" } as TableCell,
        {
          ...(cellContent(row.cells.title, true) as object),
          alignment: "left",
          colSpan: t.columns.length - 1,
        } as TableCell,
        ...t.columns.slice(2).map(() => ({ text: "" })),
      ]);
      continue;
    }
    body.push(
      t.columns.map(
        (c) =>
          ({
            ...(cellContent(row.cells[c.key], row.kind === "total") as object),
            alignment: c.align,
            fillColor: fill,
          }) as TableCell,
      ),
    );
  }
  // pdfmake does not grow rows for a cell spanning two rows: give the first header row the room its labels need.
  const lineHeight = tableFontSize * 1.25;
  const spanningLines = Math.max(
    1,
    ...layout.cells
      .filter((c) => c.rowSpan > 1)
      .map((c) =>
        Math.ceil((c.label.length * tableFontSize * 0.55) / Math.max(1, (widths[c.column] ?? 1) - 4)),
      ),
  );
  const firstHeaderHeight =
    layout.rowCount > 1 ? Math.max(lineHeight, (spanningLines - 1) * lineHeight + 4) : undefined;
  // Rows of a few lines are never split; a table with taller rows lets rows continue on the next page
  // (pdfmake decides for the whole table), so a tall row does not leave a page half empty.
  const dontBreakRows = sized.keepWhole.every(Boolean);
  out.push({
    table: {
      headerRows: layout.rowCount,
      dontBreakRows,
      widths,
      body,
      heights: (row: number) => (row === 0 && firstHeaderHeight ? firstHeaderHeight : "auto"),
    },
    style: "table",
    margin: [0, 0, 0, 10],
  });
  return out;
}

function blockContent(
  block: ReportBlock,
  orientation: "portrait" | "landscape",
  tableFontSize: number,
): Content[] {
  switch (block.type) {
    case "heading":
      return [
        {
          text: block.text,
          bold: true,
          alignment: block.level === 1 ? "center" : "left",
          margin: [0, 6, 0, 3],
        },
      ];
    case "paragraph":
      return [
        {
          text: inlines(block.text),
          bold: block.bold,
          italics: block.italic || block.placeholder,
          alignment: block.align,
          leadingIndent: block.align === "justify" ? 28 : 0,
          margin: [0, 2, 0, 2],
        },
      ];
    case "list":
      return block.items.map((item) => ({
        text: inlines(`- ${item}`),
        alignment: "justify" as const,
        leadingIndent: 28,
      }));
    case "table":
      return tableContent(block.table, orientation, tableFontSize);
  }
}

/**
 * Builds the pdfmake document definition of a report: A4, portrait and
 * landscape parts, Decree 30 margins, the letterhead, tables with repeated
 * headers and unbroken rows, page numbers at the top centre from page 2, the
 * closing block; set in DejaVu Serif (see {@link dejaVuSerifPaths}).
 */
export function buildPdfDefinition(report: Report, options: PdfOptions = {}): TDocumentDefinitions {
  const valid = assertValid(ReportSchema, report, "report");
  const opts = assertValid(PdfOptionsSchema, options, "options");
  const content: Content[] = [];
  const head = valid.letterhead;
  const firstOrientation = valid.parts[0]?.orientation ?? "portrait";
  if (head) {
    content.push({
      columns: [
        {
          width: "40%",
          stack: [
            ...(head.superior ? [{ text: head.superior, alignment: "center" as const }] : []),
            ...head.issuer.map((l) => ({ text: l, bold: true, alignment: "center" as const })),
            {
              canvas: [{ type: "line", x1: 0, y1: 0, x2: 70, y2: 0, lineWidth: 0.7 }],
              alignment: "center" as const,
              margin: [0, 4, 0, 2] as [number, number, number, number],
            },
            ...(head.number
              ? [
                  {
                    text: `Số: ${head.number.value ?? "      "}/${head.number.symbol}`,
                    alignment: "center" as const,
                    margin: [0, 4, 0, 0] as [number, number, number, number],
                  },
                ]
              : []),
          ],
        },
        {
          width: "60%",
          stack: [
            {
              text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              bold: true,
              alignment: "center" as const,
              fontSize: opts.fontSize - 0.5,
            },
            { text: "Độc lập - Tự do - Hạnh phúc", bold: true, alignment: "center" as const },
            {
              canvas: [{ type: "line", x1: 0, y1: 0, x2: 170, y2: 0, lineWidth: 0.7 }],
              alignment: "center" as const,
              margin: [0, 4, 0, 2] as [number, number, number, number],
            },
            ...(head.place || head.date || head.number
              ? [
                  {
                    text: formatVietnameseDateLine(head.place, head.date),
                    italics: true,
                    alignment: "center" as const,
                    margin: [0, 4, 0, 0] as [number, number, number, number],
                  },
                ]
              : []),
          ],
        },
      ],
      margin: [0, 0, 0, 14],
    });
  }
  const closingIndex = closingPartIndex(valid);
  valid.parts.forEach((part, index) => {
    const blocks = part.blocks.flatMap((b) => blockContent(b, part.orientation, opts.tableFontSize));
    if (index > 0) {
      const [first, ...rest] = blocks;
      content.push({
        ...((first ?? { text: "" }) as object),
        pageBreak: "before",
        pageOrientation: part.orientation,
      } as Content);
      content.push(...rest);
    } else content.push(...blocks);
    if (valid.closing && index === closingIndex) {
      const c = valid.closing;
      content.push({
        columns: [
          {
            width: "50%",
            stack: [
              { text: "Nơi nhận:", bold: true, italics: true },
              ...c.recipients.map((r, i) => ({
                text: `- ${r}${i === c.recipients.length - 1 ? "." : ";"}`,
                fontSize: opts.fontSize - 1.5,
              })),
            ],
          },
          {
            width: "50%",
            stack: [
              { text: c.authority, bold: true, alignment: "center" as const },
              { text: c.position, bold: true, alignment: "center" as const },
              { text: c.signer ?? "", bold: true, alignment: "center" as const, margin: [0, 50, 0, 0] },
            ],
          },
        ],
        margin: [0, 16, 0, 0],
        unbreakable: true,
      });
    }
  });
  const m = DECREE_30_MARGINS_MM;
  return {
    pageSize: "A4",
    pageOrientation: firstOrientation,
    pageMargins: [m.left * PT_PER_MM, m.top * PT_PER_MM, m.right * PT_PER_MM, m.bottom * PT_PER_MM],
    info: { title: valid.title, creator: "kehoach", producer: "kehoach (pdfmake)" },
    header: (currentPage: number) =>
      currentPage > 1 ? { text: String(currentPage), alignment: "center", margin: [0, 24, 0, 0] } : null,
    content,
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: opts.fontSize, lineHeight: 1.15 },
    // Table cells are never justified: it would spread a cell's few words across its width.
    styles: { table: { fontSize: opts.tableFontSize, lineHeight: 1.05, alignment: "left" } },
  };
}

/**
 * Renders a report as PDF with pdfmake and the DejaVu Serif font shipped from
 * npm: every Vietnamese diacritic, no system font, no network (URL access is
 * refused; only the font files are read).
 */
export async function renderPdf(report: Report, options: PdfOptions = {}): Promise<Uint8Array> {
  const definition = buildPdfDefinition(report, options);
  const fonts = dejaVuSerifPaths();
  const allowed = new Set(Object.values(fonts));
  pdfmake.setFonts({ [PDF_FONT_FAMILY]: fonts });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => allowed.has(path));
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
