import { renderCsv } from "../render/renderCsv";
import { renderDocx } from "../render/renderDocx";
import { renderHtml } from "../render/renderHtml";
import { renderIcs } from "../render/renderIcs";
import { renderMarkdown } from "../render/renderMarkdown";
import { renderPdf } from "../render/renderPdf";
import { renderXlsx } from "../render/renderXlsx";
import type { ReportExporter } from "./ReportExporter";

/** The exporters @kehoach/export ships, one per built-in format. */
export const builtinExporters: readonly ReportExporter[] = Object.freeze([
  {
    id: "kehoach:docx",
    format: "docx",
    label: { vi: "Văn bản Word (Nghị định 30/2020)", en: "Word document (Decree 30/2020)" },
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    render: (report) => renderDocx(report),
  },
  {
    id: "kehoach:xlsx",
    format: "xlsx",
    label: { vi: "Bảng tính Excel", en: "Excel workbook" },
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    render: (report) => renderXlsx(report),
  },
  {
    id: "kehoach:pdf",
    format: "pdf",
    label: { vi: "PDF", en: "PDF" },
    mediaType: "application/pdf",
    extension: "pdf",
    render: (report) => renderPdf(report),
  },
  {
    id: "kehoach:csv",
    format: "csv",
    label: { vi: "CSV (UTF-8, có BOM)", en: "CSV (UTF-8 with BOM)" },
    mediaType: "text/csv; charset=utf-8",
    extension: "csv",
    render: (report) => renderCsv(report),
  },
  {
    id: "kehoach:md",
    format: "md",
    label: { vi: "Markdown", en: "Markdown" },
    mediaType: "text/markdown; charset=utf-8",
    extension: "md",
    render: (report) => renderMarkdown(report),
  },
  {
    id: "kehoach:html",
    format: "html",
    label: { vi: "Trang HTML để in", en: "Printable HTML page" },
    mediaType: "text/html; charset=utf-8",
    extension: "html",
    render: (report) => renderHtml(report),
  },
  {
    id: "kehoach:ics",
    format: "ics",
    label: { vi: "Lịch iCalendar (hạn chót)", en: "iCalendar (deadlines)" },
    mediaType: "text/calendar; charset=utf-8",
    extension: "ics",
    render: (report) => renderIcs(report),
  },
]);
