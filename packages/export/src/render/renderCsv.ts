import { z } from "zod";
import { cellText } from "../report/cellText";
import { type Report, ReportSchema } from "../report/Report";
import { assertValid } from "./assertValid";
import { reportTables } from "./reportTables";
import { statusLabels } from "./statusLabels";

/** Options of {@link renderCsv}. */
export const CsvOptionsSchema = z.object({
  /** Field separator (default ","; ";" suits Excel in locales with a decimal comma). */
  delimiter: z.enum([",", ";", "\t"]).default(","),
  /** Start with a UTF-8 byte order mark so Excel on Windows keeps the accents (default true). */
  bom: z.boolean().default(true),
  /**
   * Prefix fields that start with =, +, -, @ with an apostrophe, so a
   * spreadsheet never runs them as formulas (default true; "- Cấp quận …" then
   * reads "'- Cấp quận …").
   */
  formulaGuard: z.boolean().default(true),
});
/** What {@link CsvOptionsSchema} accepts (before defaults are filled in): options of {@link renderCsv}. */
export type CsvOptions = z.input<typeof CsvOptionsSchema>;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string, delimiter: string, guard: boolean): string {
  const text = guard && FORMULA_START.test(value) ? `'${value}` : value;
  if (text.includes('"') || text.includes(delimiter) || text.includes("\n") || text.includes("\r")) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/**
 * Renders a report's tables as one CSV (RFC 4180, CRLF line ends): a "Biểu"
 * column naming the table, then the union of the tables' columns with
 * flattened labels ("Dự kiến kết quả – Cấp quận"), then "Trạng thái" when rows
 * carry a status. Cells keep their notes in parentheses and line breaks inside
 * quotes. UTF-8 with a BOM by default.
 */
export function renderCsv(report: Report, options: CsvOptions = {}): Uint8Array {
  const valid = assertValid(ReportSchema, report, "report");
  const { delimiter, bom, formulaGuard } = assertValid(CsvOptionsSchema, options, "options");
  const tables = reportTables(valid);
  const labels = new Map<string, string>();
  for (const table of tables) {
    for (const c of table.columns) {
      const label = c.group === null ? c.label : `${c.group} – ${c.label}`;
      if (!labels.has(c.key)) labels.set(c.key, label);
    }
  }
  const keys = [...labels.keys()];
  const withStatus = tables.some((t) => t.rows.some((r) => r.status !== null));
  const header = ["Biểu", ...labels.values(), ...(withStatus ? ["Trạng thái"] : [])];
  const lines = [header.map((h) => field(h, delimiter, false)).join(delimiter)];
  tables.forEach((table, i) => {
    const name = table.title.join(" ") || `Biểu ${i + 1}`;
    for (const row of table.rows) {
      const values = [name, ...keys.map((k) => cellText(row.cells[k]))];
      if (withStatus) values.push(row.status ? statusLabels[row.status].vi : "");
      lines.push(values.map((v) => field(v.normalize("NFC"), delimiter, formulaGuard)).join(delimiter));
    }
  });
  const text = `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
  return new TextEncoder().encode(text);
}
