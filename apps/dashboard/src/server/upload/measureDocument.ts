import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { type UploadLimits, type UploadRefusal, uploadRefusal } from "./UploadLimits";

/** What {@link measureDocument} counted in a document before it is parsed. */
export interface DocumentMeasure {
  kind: "docx" | "xlsx" | "zip" | "pdf" | "text";
  /** Bytes inflated from the archive's XML entries (0 for text). */
  decompressedBytes: number;
  /** Table rows and paragraphs outside tables (.docx), sheet rows (.xlsx) or lines (text). */
  rows: number;
  /** Most cells in one row. */
  maxColumns: number;
  /** Cells in the whole document. */
  cells: number;
}

/** The counts, or the first limit the document went over. */
export type MeasureResult = { ok: true; measure: DocumentMeasure } | { ok: false; refusal: UploadRefusal };

type Limits = Pick<
  UploadLimits,
  "maxFileBytes" | "maxDecompressedBytes" | "maxRows" | "maxColumns" | "maxCells"
>;

class LimitHit extends Error {
  constructor(readonly refusal: UploadRefusal) {
    super(refusal.en);
  }
}

/** Running counts with the limits checked at every step. */
function createTally(limits: Limits) {
  const m = { rows: 0, maxColumns: 0, cells: 0, columns: 0 };
  return {
    m,
    row() {
      m.rows++;
      m.columns = 0;
      if (m.rows > limits.maxRows) throw new LimitHit(uploadRefusal("maxRows", limits.maxRows));
    },
    cell() {
      m.cells++;
      m.columns++;
      if (m.columns > m.maxColumns) m.maxColumns = m.columns;
      if (m.columns > limits.maxColumns) throw new LimitHit(uploadRefusal("maxColumns", limits.maxColumns));
      if (m.cells > limits.maxCells) throw new LimitHit(uploadRefusal("maxCells", limits.maxCells));
    },
  };
}

type Tally = ReturnType<typeof createTally>;

/**
 * Counts XML tags across chunk boundaries: `onTag(name, closing)` for each
 * tag the pattern matches. Tags are ASCII, so chunks are read as latin1.
 */
function createTagScanner(pattern: RegExp, onTag: (name: string, closing: boolean) => void) {
  let carry = "";
  return (chunk: Uint8Array) => {
    let text = carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
    const last = text.lastIndexOf("<");
    carry = "";
    if (last >= 0 && text.length - last < 24) {
      carry = text.slice(last);
      text = text.slice(0, last);
    }
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      onTag(match[2] ?? "", match[1] === "/");
    }
  };
}

/** Word: rows are table rows and paragraphs outside tables; cells are table cells. */
function docxScanner(tally: Tally) {
  let tableDepth = 0;
  return createTagScanner(/<(\/?)w:(tbl|tr|tc|p)[\s>/]/g, (name, closing) => {
    if (name === "tbl") tableDepth = Math.max(0, tableDepth + (closing ? -1 : 1));
    else if (closing) return;
    else if (name === "tr") tally.row();
    else if (name === "tc") tally.cell();
    else if (tableDepth === 0) tally.row();
  });
}

/** Excel: rows are sheet rows, cells their `<c>` elements. */
function xlsxScanner(tally: Tally) {
  return createTagScanner(/<(\/?)(?:[A-Za-z]\w*:)?(row|c)[\s>/]/g, (name, closing) => {
    if (closing) return;
    if (name === "row") tally.row();
    else tally.cell();
  });
}

/** Inflates the XML entries of a zip archive as a stream, counting bytes, rows and cells as it goes. */
function measureZip(bytes: Uint8Array, limits: Limits): DocumentMeasure {
  const tally = createTally(limits);
  let inflated = 0;
  let kind: DocumentMeasure["kind"] = "zip";
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    const name = file.name;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
    const isBody = name === "word/document.xml";
    if (isBody) kind = "docx";
    else if (name.startsWith("xl/")) kind = "xlsx";
    if (!/\.(xml|rels)$/i.test(name)) return;
    const scan = isBody ? docxScanner(tally) : isSheet ? xlsxScanner(tally) : null;
    file.ondata = (error, chunk) => {
      if (failure !== null) return;
      try {
        if (error) throw error;
        inflated += chunk.length;
        if (inflated > limits.maxDecompressedBytes) {
          throw new LimitHit(uploadRefusal("maxDecompressedBytes", limits.maxDecompressedBytes));
        }
        scan?.(chunk);
      } catch (caught) {
        failure = caught;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  // Small pushes keep the inflated data in small chunks, so a bomb stops at the limit.
  const step = 16 * 1024;
  for (let at = 0; at < bytes.length && failure === null; at += step) {
    unzip.push(bytes.subarray(at, Math.min(bytes.length, at + step)), at + step >= bytes.length);
  }
  if (failure !== null) throw failure;
  const { rows, maxColumns, cells } = tally.m;
  return { kind, decompressedBytes: inflated, rows, maxColumns, cells };
}

const NL = 0x0a;
const QUOTE = 0x22;
const separators = [0x2c, 0x3b, 0x09, 0x7c]; // , ; tab |

/** Text and CSV: lines are rows; the most frequent separator outside quotes gives the columns. */
function measureText(bytes: Uint8Array, limits: Limits): DocumentMeasure {
  const tally = createTally(limits);
  const counts = [0, 0, 0, 0];
  let quoted = false;
  let blank = true;
  const endLine = () => {
    if (!blank) {
      tally.row();
      const columns = Math.max(...counts) + 1;
      for (let i = 0; i < columns; i++) tally.cell();
    }
    counts.fill(0);
    blank = true;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === QUOTE) quoted = !quoted;
    if (b === NL && !quoted) {
      endLine();
      continue;
    }
    if (b > 0x20) blank = false;
    if (!quoted) {
      const s = separators.indexOf(b);
      if (s >= 0) counts[s] = (counts[s] as number) + 1;
    }
  }
  endLine();
  const { rows, maxColumns, cells } = tally.m;
  return { kind: "text", decompressedBytes: 0, rows, maxColumns, cells };
}

/**
 * Measures an uploaded document before any parser sees it: the file size;
 * for a .docx or .xlsx, the archive's XML entries inflated as a stream (the
 * declared sizes are not trusted) with their bytes, rows, columns and cells
 * counted as they come; for text and CSV, lines and separators (a PDF's
 * pages are the importer's to count: only the file size, the worker's heap
 * and its time limit bound it). Stops at the first limit passed and names
 * it. Never throws on user data.
 */
export function measureDocument(bytes: Uint8Array, limits: Limits): MeasureResult {
  if (bytes.length > limits.maxFileBytes) {
    return { ok: false, refusal: uploadRefusal("maxFileBytes", limits.maxFileBytes) };
  }
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-") {
    return { ok: true, measure: { kind: "pdf", decompressedBytes: 0, rows: 0, maxColumns: 0, cells: 0 } };
  }
  try {
    return { ok: true, measure: zip ? measureZip(bytes, limits) : measureText(bytes, limits) };
  } catch (error) {
    if (error instanceof LimitHit) return { ok: false, refusal: error.refusal };
    // A broken archive: the importer's own reader says what is wrong with it.
    return { ok: true, measure: { kind: "zip", decompressedBytes: 0, rows: 0, maxColumns: 0, cells: 0 } };
  }
}
