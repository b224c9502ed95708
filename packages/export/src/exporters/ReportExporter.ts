import type { Report } from "../report/Report";

/** The output formats the built-in exporters write. */
export type BuiltinFormat = "docx" | "xlsx" | "pdf" | "csv" | "md" | "html" | "ics";

/**
 * An exporter: turns a format-neutral {@link Report} into a file. The built-in
 * ones cover docx, xlsx, pdf, csv, md, html and ics; a plugin adds its own
 * (`definePlugin({ exporters: [...] })`) and `kehoach export --format` finds
 * it by `format`.
 */
export interface ReportExporter {
  /** Unique id, e.g. "kehoach:docx" or "my-plugin:tsv". */
  id: string;
  /** The `--format` value, e.g. "docx", "tsv". */
  format: string;
  /** Media type of the output, e.g. "text/tab-separated-values". */
  mediaType: string;
  /** File extension without the dot. */
  extension: string;
  /** What the format is, for help texts and menus. */
  label: { vi: string; en: string };
  /** Renders a report; text outputs may return a string (written as UTF-8). */
  render(report: Report): Promise<Uint8Array | string> | Uint8Array | string;
}
