import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { z } from "zod";
import type { ReportRow } from "../report/Report";
import { ReportTableSchema } from "../report/Report";
import { assertValid } from "./assertValid";
import {
  frozenView,
  type ReportTableHead,
  sheetLayout,
  sheetName,
  sheetPageSetup,
  writeSheetHead,
  writeSheetRow,
} from "./xlsxSheet";

/** A table to stream: its head, and its rows produced one at a time. */
export interface XlsxStreamTable {
  /** Sheet name (default "Biểu N"). */
  sheet?: string;
  head: ReportTableHead;
  rows: Iterable<ReportRow> | AsyncIterable<ReportRow>;
}

/** Options of {@link writeXlsxStream}. */
export const XlsxStreamOptionsSchema = z.object({
  creator: z.string().default("kehoach"),
  /** Shared strings make a smaller file but keep every distinct string in memory (default false). */
  useSharedStrings: z.boolean().default(false),
});
/** Options of {@link writeXlsxStream}: what {@link XlsxStreamOptionsSchema} accepts, plus a progress callback. */
export type XlsxStreamOptions = z.input<typeof XlsxStreamOptionsSchema> & {
  /** Called after each written row with the count so far (for a progress bar). */
  onRow?: (written: number) => void;
};

const HeadSchema = ReportTableSchema.omit({ rows: true });

/**
 * Streams tables into an .xlsx on `output` with exceljs's WorkbookWriter, row
 * by row, so memory stays flat whatever the plan's size. Each sheet has the
 * same layout as {@link buildXlsxWorkbook}'s (title rows, merged header,
 * frozen panes, autofilter, status colours, widths, A4 landscape with repeated
 * header rows) and keeps fit-to-page, which exceljs's streaming writer drops
 * when it is set after the sheet is created: we pass it to `addWorksheet`.
 * Resolves to the number of body rows written.
 */
export async function writeXlsxStream(
  tables: Iterable<XlsxStreamTable>,
  output: Writable,
  options: XlsxStreamOptions = {},
): Promise<number> {
  const opts = assertValid(XlsxStreamOptionsSchema, options, "options");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: opts.useSharedStrings,
  });
  wb.creator = opts.creator;
  const taken = new Set<string>();
  let written = 0;
  let index = 0;
  for (const table of tables) {
    const head = assertValid(HeadSchema, table.head, "report") as ReportTableHead;
    const layout = sheetLayout(head);
    const ws = wb.addWorksheet(sheetName(table.sheet ?? `Biểu ${index + 1}`, taken), {
      pageSetup: sheetPageSetup(layout.headerFirstRow, layout.headerLastRow),
      views: frozenView(layout),
    });
    writeSheetHead(ws, head, layout, true);
    let r = layout.firstDataRow;
    for await (const row of table.rows) {
      writeSheetRow(ws, head, row, r++, true);
      written++;
      options.onRow?.(written);
    }
    ws.commit();
    index++;
  }
  await wb.commit();
  return written;
}
