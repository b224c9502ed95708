import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { z } from "zod";
import { type Report, type ReportBlock, ReportSchema } from "../report/Report";
import { assertValid } from "./assertValid";
import { closingPartIndex } from "./closingPartIndex";
import { DECREE_30_MARGINS_MM } from "./pageGeometry";
import { pdfInlines } from "./pdfCellContent";
import { pdfClosing } from "./pdfClosing";
import { dejaVuSerifPaths, PDF_FONT_FAMILY } from "./pdfFonts";
import { pdfLetterhead } from "./pdfLetterhead";
import { pdfTableContent } from "./pdfTableContent";

/** Options of {@link renderPdf}. */
export const PdfOptionsSchema = z.object({
  /** Body size in points (default 12). */
  fontSize: z.number().min(6).max(20).default(12),
  /** Table text size in points (default 10.5). */
  tableFontSize: z.number().min(6).max(20).default(10.5),
});
/** What {@link PdfOptionsSchema} accepts (before defaults are filled in): options of {@link renderPdf}. */
export type PdfOptions = z.input<typeof PdfOptionsSchema>;

const PT_PER_MM = 72 / 25.4;

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
          text: pdfInlines(block.text),
          bold: block.bold,
          italics: block.italic || block.placeholder,
          alignment: block.align,
          leadingIndent: block.align === "justify" ? 28 : 0,
          margin: [0, 2, 0, 2],
        },
      ];
    case "list":
      return block.items.map((item) => ({
        text: pdfInlines(`- ${item}`),
        alignment: "justify" as const,
        leadingIndent: 28,
      }));
    case "table":
      return pdfTableContent(block.table, orientation, tableFontSize);
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
  if (head) content.push(pdfLetterhead(head, opts.fontSize));
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
    if (valid.closing && index === closingIndex) content.push(pdfClosing(valid.closing, opts.fontSize));
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
