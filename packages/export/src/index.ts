export { ExportError } from "./ExportError";
export { DECREE_30_MARGINS_MM } from "./render/pageGeometry";
export { buildDocxDocument, type DocxOptions, DocxOptionsSchema, renderDocx } from "./render/renderDocx";
export { buildXlsxWorkbook, renderXlsx, type XlsxOptions, XlsxOptionsSchema } from "./render/renderXlsx";
export { statusLabels } from "./render/statusLabels";
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
export { cellText, rowCellText } from "./report/cellText";
export { formatUnitRefs, type UnitNames } from "./report/formatUnitRefs";
export { formatShortDate, formatVietnameseDateLine } from "./report/formatVietnameseDate";
export { flatColumnLabels, type HeaderCell, type HeaderLayout, headerLayout } from "./report/headerLayout";
export { planTableStreamTables } from "./report/planTableStreamTables";
export * from "./report/Report";
