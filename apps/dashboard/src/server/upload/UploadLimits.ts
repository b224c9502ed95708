import { z } from "zod";

/**
 * What an uploaded plan document may cost the server. Each refusal names the
 * limit it hit (see {@link uploadRefusal}); the defaults are a hundred times
 * what a real district plan needs (about 100 rows of 7 columns, 100 KB of XML).
 */
export const UploadLimitsSchema = z
  .object({
    /** Largest document, in bytes (default 16 MiB): 413 `upload.too-large`. */
    maxFileBytes: z
      .number()
      .int()
      .positive()
      .default(16 * 1024 * 1024),
    /** Most bytes inflated from a .docx or .xlsx, counted while inflating (default 64 MiB): 413 `upload.decompressed-limit`. */
    maxDecompressedBytes: z
      .number()
      .int()
      .positive()
      .default(64 * 1024 * 1024),
    /** Most rows: table rows, paragraphs or lines (default 20,000): 422 `upload.row-limit`. */
    maxRows: z.number().int().positive().default(20_000),
    /** Most cells in one row (default 200): 422 `upload.column-limit`. */
    maxColumns: z.number().int().positive().default(200),
    /** Most cells in the whole document (default 400,000): 422 `upload.cell-limit`. */
    maxCells: z.number().int().positive().default(400_000),
    /** The parsing worker's heap, in MiB (default 384): a worker that needs more ends with 413 `upload.memory-limit`. */
    maxHeapMb: z.number().int().min(64).default(384),
    /** Longest parse, in milliseconds (default 30 s): 422 `upload.time-limit`. */
    timeLimitMs: z.number().int().positive().default(30_000),
    /** Uploads waiting for the worker at most (default 4); more get 503 `upload.busy`. */
    maxQueued: z.number().int().min(0).default(4),
  })
  .strict();

/** What an uploaded plan document may cost the server. */
export type UploadLimits = z.output<typeof UploadLimitsSchema>;
/** {@link UploadLimits} as given (every field optional). */
export type UploadLimitsInput = z.input<typeof UploadLimitsSchema>;

/** Why an upload was refused: the HTTP status, a stable code, both messages and the limit it hit. */
export interface UploadRefusal {
  status: 413 | 422 | 500 | 503;
  code: string;
  vi: string;
  en: string;
  /** The limit's name and value, e.g. `{ name: "maxRows", value: 20000 }`. */
  limit: { name: keyof UploadLimits; value: number } | null;
}

const mib = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`;
const count = (n: number) => n.toLocaleString("en-US");
/** Vietnamese digit grouping: 20.000. */
const dem = (n: number) => n.toLocaleString("vi-VN");

/** The refusal for one limit, in Vietnamese and English, naming the limit and what was found. */
export function uploadRefusal(name: keyof UploadLimits, value: number, found?: number): UploadRefusal {
  const seen = found === undefined ? "" : ` (${count(found)})`;
  const thay = found === undefined ? "" : ` (${dem(found)})`;
  switch (name) {
    case "maxFileBytes":
      return {
        status: 413,
        code: "upload.too-large",
        vi: `tệp lớn hơn giới hạn ${mib(value)}`,
        en: `the file is larger than the ${mib(value)} limit`,
        limit: { name, value },
      };
    case "maxDecompressedBytes":
      return {
        status: 413,
        code: "upload.decompressed-limit",
        vi: `nội dung giải nén vượt giới hạn ${mib(value)}`,
        en: `the decompressed content exceeds the ${mib(value)} limit`,
        limit: { name, value },
      };
    case "maxRows":
      return {
        status: 422,
        code: "upload.row-limit",
        vi: `tài liệu có quá ${dem(value)} dòng${thay}`,
        en: `the document has more than ${count(value)} rows${seen}`,
        limit: { name, value },
      };
    case "maxColumns":
      return {
        status: 422,
        code: "upload.column-limit",
        vi: `một dòng của tài liệu có quá ${dem(value)} cột${thay}`,
        en: `a row of the document has more than ${count(value)} columns${seen}`,
        limit: { name, value },
      };
    case "maxCells":
      return {
        status: 422,
        code: "upload.cell-limit",
        vi: `tài liệu có quá ${dem(value)} ô${thay}`,
        en: `the document has more than ${count(value)} cells${seen}`,
        limit: { name, value },
      };
    case "maxHeapMb":
      return {
        status: 413,
        code: "upload.memory-limit",
        vi: `đọc tài liệu cần hơn ${value} MiB bộ nhớ; tài liệu đã bị từ chối`,
        en: `reading the document needs more than ${value} MiB of memory; it was refused`,
        limit: { name, value },
      };
    case "timeLimitMs":
      return {
        status: 422,
        code: "upload.time-limit",
        vi: `đọc tài liệu quá ${value / 1000} giây; tài liệu đã bị từ chối`,
        en: `reading the document took more than ${value / 1000} seconds; it was refused`,
        limit: { name, value },
      };
    case "maxQueued":
      return {
        status: 503,
        code: "upload.busy",
        vi: `đang có quá ${value} tệp chờ đọc; hãy thử lại sau ít phút`,
        en: `more than ${value} files are waiting to be read; try again in a few minutes`,
        limit: { name, value },
      };
  }
}
