// @kehoach/export/report: the report builders and the format-neutral Report model, without any
// writer library (docx, exceljs, pdfmake). Pair it with @kehoach/export/docx, /xlsx or /pdf.

export { ExportError } from "../ExportError";
export {
  buildPlanTableReport,
  type PlanTableReportOptions,
  PlanTableReportOptionsSchema,
  type ReportResult,
} from "./buildPlanTableReport";
export {
  buildProgressReport,
  type ProgressReportOptions,
  ProgressReportOptionsSchema,
} from "./buildProgressReport";
export {
  type Closing,
  ClosingSchema,
  type Letterhead,
  LetterheadSchema,
  type Report,
  type ReportBlock,
  type ReportBlockInput,
  ReportBlockSchema,
  type ReportCell,
  type ReportCellInput,
  ReportCellSchema,
  type ReportColumn,
  ReportColumnSchema,
  type ReportInput,
  type ReportPart,
  ReportPartSchema,
  type ReportRow,
  type ReportRowActivity,
  ReportRowActivitySchema,
  type ReportRowInput,
  ReportRowSchema,
  ReportSchema,
  type ReportStatus,
  ReportStatusSchema,
  type ReportTable,
  type ReportTableInput,
  ReportTableSchema,
} from "./Report";
