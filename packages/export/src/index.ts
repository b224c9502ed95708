/** Escapes text for HTML content and attribute values: `escapeHtml` of `@kehoach/core`, re-exported. */
export { escapeHtml } from "@kehoach/core";
export { ExportError } from "./ExportError";
export { type ExportDiagnosticCode, exportDiagnosticCodes } from "./exportDiagnosticCodes";
export { builtinExporters } from "./exporters/builtinExporters";
export { createExporterRegistry, type ExporterRegistry } from "./exporters/createExporterRegistry";
export type { BuiltinFormat, ReportExporter } from "./exporters/ReportExporter";
export { tsvExporter } from "./exporters/tsvExporter";
export {
  type ExportPlanOptions,
  ExportPlanOptionsSchema,
  type ExportPlanResult,
  exportPlan,
} from "./exportPlan";
export { DECREE_30_MARGINS_MM } from "./render/pageGeometry";
export { dejaVuSerifPaths, PDF_FONT_FAMILY } from "./render/pdfFonts";
export { type CsvOptions, CsvOptionsSchema, renderCsv } from "./render/renderCsv";
export { buildDocxDocument, type DocxOptions, DocxOptionsSchema, renderDocx } from "./render/renderDocx";
export { type HtmlOptions, HtmlOptionsSchema, renderHtml } from "./render/renderHtml";
export {
  dueDate,
  escapeIcsText,
  foldIcsLine,
  type IcsOptions,
  IcsOptionsSchema,
  renderIcs,
} from "./render/renderIcs";
export { escapeMarkdown, renderMarkdown } from "./render/renderMarkdown";
export { buildPdfDefinition, type PdfOptions, PdfOptionsSchema, renderPdf } from "./render/renderPdf";
export { buildXlsxWorkbook, renderXlsx, type XlsxOptions, XlsxOptionsSchema } from "./render/renderXlsx";
export { reportTables } from "./render/reportTables";
export { statusLabels } from "./render/statusLabels";
export {
  KEEP_WHOLE_MAX_LINES,
  layoutTable,
  type SizedTable,
  type TableLayout,
  type TableLayoutOptions,
} from "./render/tableLayout";
export {
  writeXlsxStream,
  type XlsxStreamOptions,
  XlsxStreamOptionsSchema,
  type XlsxStreamTable,
} from "./render/writeXlsxStream";
export type { ReportTableHead } from "./render/xlsxSheet";
export {
  buildPlanTableReport,
  type PlanTableReportOptions,
  PlanTableReportOptionsSchema,
  type ReportResult,
} from "./report/buildPlanTableReport";
export {
  buildProgressReport,
  type ProgressReportOptions,
  ProgressReportOptionsSchema,
} from "./report/buildProgressReport";
export { cellText, rowCellText } from "./report/cellText";
export { collectProgressNotes, type ProgressNote, type ProgressNotes } from "./report/collectProgressNotes";
export { formatUnitRefs, type UnitNames } from "./report/formatUnitRefs";
export { formatShortDate, formatVietnameseDateLine } from "./report/formatVietnameseDate";
export { flatColumnLabels, type HeaderCell, type HeaderLayout, headerLayout } from "./report/headerLayout";
export { placeOfIssuer, planDocumentLine, planSubject } from "./report/planDocumentLine";
export { planTableStreamTables } from "./report/planTableStreamTables";
export * from "./report/Report";
