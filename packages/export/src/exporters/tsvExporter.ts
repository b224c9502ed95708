import { reportTables } from "../render/reportTables";
import { cellText } from "../report/cellText";
import { flatColumnLabels } from "../report/headerLayout";
import type { ReportExporter } from "./ReportExporter";

function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}

/**
 * An example plugin exporter: every table of a report as tab-separated
 * values (one header line per table, tabs and line breaks inside cells
 * replaced by spaces). Register it through a plugin's `exporters`.
 */
export const tsvExporter: ReportExporter = {
  id: "example:tsv",
  format: "tsv",
  mediaType: "text/tab-separated-values; charset=utf-8",
  extension: "tsv",
  label: { vi: "Giá trị phân tách bằng tab", en: "Tab-separated values" },
  render(report) {
    const lines: string[] = [];
    for (const table of reportTables(report)) {
      lines.push(flatColumnLabels(table.columns).map(clean).join("\t"));
      for (const row of table.rows)
        lines.push(table.columns.map((c) => clean(cellText(row.cells[c.key]))).join("\t"));
    }
    return `${lines.join("\n")}\n`;
  },
};
