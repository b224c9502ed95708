// @kehoach/export/pdf: the .pdf writer alone (pdfmake, with the DejaVu Serif fonts it embeds).

export { ExportError } from "../ExportError";
export { dejaVuSerifPaths, PDF_FONT_FAMILY } from "../render/pdfFonts";
export { buildPdfDefinition, type PdfOptions, PdfOptionsSchema, renderPdf } from "../render/renderPdf";
export type { Report, ReportInput } from "../report/Report";
