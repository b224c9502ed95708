// @kehoach/export/xlsx: the .xlsx writers alone (exceljs), whole-workbook and streaming.

export { ExportError } from "../ExportError";
export { buildXlsxWorkbook, renderXlsx, type XlsxOptions, XlsxOptionsSchema } from "../render/renderXlsx";
export {
  writeXlsxStream,
  type XlsxStreamOptions,
  XlsxStreamOptionsSchema,
  type XlsxStreamTable,
} from "../render/writeXlsxStream";
export type { ReportTableHead } from "../render/xlsxSheet";
export { planTableStreamTables } from "../report/planTableStreamTables";
export type { Report, ReportInput } from "../report/Report";
