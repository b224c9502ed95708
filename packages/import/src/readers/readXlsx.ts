import type { SourceLocation } from "@kehoach/core";
import type ExcelJS from "exceljs";
import { z } from "zod";
import { diagnostic } from "../diagnostics";
import { convertLegacy, detectLegacyEncoding } from "../encoding/legacyEncodings";
import type { SourceBlock, SourceCell, SourceDocument } from "../SourceDocument";
import type { RichText, TextSegment } from "../text/RichText";
import { unzipSafely, ZipLimitsSchema } from "./unzipSafely";

/** Options of {@link readXlsx}. */
export const ReadXlsxOptionsSchema = z
  .object({
    fileName: z.string().optional(),
    limits: ZipLimitsSchema.partial().optional(),
    /** Only these sheets (by name); default every sheet in order. */
    sheets: z.array(z.string()).optional(),
  })
  .strict();
/** Options of {@link readXlsx}. */
export type ReadXlsxOptions = z.input<typeof ReadXlsxOptionsSchema>;

/** A1-style column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function valueToRich(value: ExcelJS.CellValue, bold: boolean, italic: boolean): RichText {
  if (value === null || value === undefined) return { segments: [] };
  if (typeof value === "string") return { segments: [{ text: value, bold, italic }] };
  if (typeof value === "number" || typeof value === "boolean") {
    return { segments: [{ text: String(value), bold, italic }] };
  }
  if (value instanceof Date) {
    const text = `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    return { segments: [{ text, bold, italic }] };
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      const segments: TextSegment[] = value.richText.map((run) => ({
        text: run.text,
        bold: run.font?.bold ?? bold,
        italic: run.font?.italic ?? italic,
      }));
      return { segments };
    }
    if ("result" in value) return valueToRich((value.result ?? null) as ExcelJS.CellValue, bold, italic);
    if ("text" in value && typeof value.text === "string")
      return { segments: [{ text: value.text, bold, italic }] };
    if ("error" in value) return { segments: [{ text: String(value.error), bold, italic }] };
  }
  return { segments: [] };
}

/**
 * Reads an Excel workbook (.xlsx, with exceljs) sheet by sheet: each row a
 * row block located by sheet, row and A1 cell; cells covered by a merged
 * range are "vertical" (below the range's first row) or "horizontal" (to its
 * right), the range's text standing in its top-left cell; rich-text bold and
 * italic runs kept. The archive is checked against zip-bomb limits first.
 * Never throws: an unreadable workbook gives an error diagnostic.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<SourceDocument> {
  const parsedOptions = ReadXlsxOptionsSchema.safeParse(options);
  const opts = parsedOptions.success ? parsedOptions.data : {};
  const fileName = opts.fileName ?? null;
  const base: SourceLocation = fileName === null ? {} : { file: fileName };
  const doc: SourceDocument = { format: "xlsx", fileName, blocks: [], diagnostics: [], size: bytes.length };
  const checked = unzipSafely(bytes, () => false, opts.limits ?? {}, base);
  if (checked.diagnostics.length > 0) {
    doc.diagnostics.push(...checked.diagnostics);
    return doc;
  }
  let workbook: ExcelJS.Workbook;
  try {
    // exceljs is large: loaded on the first workbook, not with the package.
    const { default: excel } = await import("exceljs");
    workbook = new excel.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    doc.diagnostics.push(
      diagnostic(
        "import.xlsx-invalid",
        "error",
        { vi: `Không đọc được bảng tính: ${reason}`, en: `The workbook cannot be read: ${reason}` },
        base,
      ),
    );
    return doc;
  }
  const blocks: SourceBlock[] = [];
  let converted = 0;
  let firstConverted: SourceLocation | null = null;
  for (const sheet of workbook.worksheets) {
    if (opts.sheets !== undefined && !opts.sheets.includes(sheet.name)) continue;
    const width = Math.min(sheet.columnCount, 256);
    const rowCount = sheet.rowCount;
    for (let r = 1; r <= rowCount; r++) {
      const row = sheet.getRow(r);
      const location: SourceLocation = { ...base, sheet: sheet.name, line: r, cell: `A${r}` };
      const cells: SourceCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const cellLocation: SourceLocation = {
          ...base,
          sheet: sheet.name,
          line: r,
          column: c,
          cell: `${columnLetters(c)}${r}`,
        };
        let merge: SourceCell["merge"] = null;
        let rich: RichText = { segments: [] };
        const master = cell.isMerged ? cell.master : cell;
        if (master !== cell && master.address !== cell.address) {
          merge = Number(master.row) !== r ? "vertical" : "horizontal";
        } else {
          rich = valueToRich(cell.value, cell.font?.bold === true, cell.font?.italic === true);
          const text = rich.segments.map((segment) => segment.text).join("");
          if (/[\u0080-\u00ff]/u.test(text)) {
            const { encoding } = detectLegacyEncoding(text);
            if (encoding !== null) {
              for (const segment of rich.segments) segment.text = convertLegacy(segment.text, encoding);
              converted++;
              firstConverted ??= cellLocation;
            }
          }
        }
        cells.push({ rich, location: cellLocation, merge });
      }
      blocks.push({ kind: "row", cells, line: r, location, headerHint: false, group: sheet.name });
    }
  }
  if (converted > 0) {
    doc.diagnostics.push(
      diagnostic(
        "import.encoding-legacy",
        "warning",
        {
          vi: `Đã chuyển ${converted} ô từ bảng mã cũ (TCVN3/VNI) sang Unicode`,
          en: `Converted ${converted} cell(s) from a legacy encoding (TCVN3/VNI) to Unicode`,
        },
        firstConverted,
      ),
    );
  }
  doc.blocks = blocks;
  return doc;
}
