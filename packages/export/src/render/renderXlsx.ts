import ExcelJS from "exceljs";
import { z } from "zod";
import { type Report, ReportSchema, type ReportTable } from "../report/Report";
import { assertValid } from "./assertValid";
import {
  frozenView,
  sheetLayout,
  sheetName,
  sheetPageSetup,
  writeSheetHead,
  writeSheetRow,
} from "./xlsxSheet";

/** Options of {@link renderXlsx}. */
export const XlsxOptionsSchema = z.object({
  creator: z.string().default("kehoach"),
});
/** What {@link XlsxOptionsSchema} accepts (before defaults are filled in): options of {@link renderXlsx}. */
export type XlsxOptions = z.input<typeof XlsxOptionsSchema>;

/** The sheet name a table gets: "Biểu 1", "Phụ lục 2", … */
function wantedName(table: ReportTable, index: number): string {
  const first = table.title[0] ?? "";
  if (/^phụ lục/iu.test(first)) return first;
  return `Biểu ${index + 1}`;
}

/**
 * Builds the exceljs workbook of a report: a "Báo cáo" sheet with the text of
 * the report when it has any, then one sheet per table with its title rows,
 * the merged two-row header, frozen panes, autofilter, status colours, column
 * widths and an A4 landscape print setup (fit to width, header rows repeated).
 */
export function buildXlsxWorkbook(report: Report, options: XlsxOptions = {}): ExcelJS.Workbook {
  const valid = assertValid(ReportSchema, report, "report");
  const opts = assertValid(XlsxOptionsSchema, options, "options");
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator;
  wb.title = valid.title;
  const taken = new Set<string>();
  const text: string[] = [];
  const tables: ReportTable[] = [];
  for (const part of valid.parts) {
    for (const block of part.blocks) {
      if (block.type === "table") tables.push(block.table);
      else if (block.type === "list") text.push(...block.items.map((item) => `- ${item}`));
      else text.push(block.text);
    }
  }
  if (text.length > 0) {
    const ws = wb.addWorksheet(sheetName("Báo cáo", taken), {
      pageSetup: { paperSize: 9, orientation: "portrait" },
    });
    ws.columns = [{ width: 110 }];
    for (const line of text) {
      const row = ws.addRow([line]);
      row.getCell(1).alignment = { wrapText: true, vertical: "top" };
      row.getCell(1).font = { name: "Times New Roman", size: 13 };
    }
  }
  tables.forEach((table, index) => {
    const layout = sheetLayout(table);
    const ws = wb.addWorksheet(sheetName(wantedName(table, index), taken), {
      pageSetup: sheetPageSetup(layout.headerFirstRow, layout.headerLastRow),
      views: frozenView(layout),
    });
    writeSheetHead(ws, table, layout, false);
    table.rows.forEach((row, i) => {
      writeSheetRow(ws, table, row, layout.firstDataRow + i, false);
    });
  });
  return wb;
}

/** Renders a report as an .xlsx file (see {@link buildXlsxWorkbook}). */
export async function renderXlsx(report: Report, options: XlsxOptions = {}): Promise<Uint8Array> {
  const buffer = await buildXlsxWorkbook(report, options).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
