// @kehoach/export/docx: the Decree 30 .docx writer alone (docx), without the .xlsx and .pdf libraries.

export { ExportError } from "../ExportError";
export { buildDocxDocument, type DocxOptions, DocxOptionsSchema, renderDocx } from "../render/renderDocx";
export type { Report, ReportInput } from "../report/Report";
