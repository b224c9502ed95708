import type { Diagnostic, SourceLocation } from "@kehoach/core";
import { z } from "zod";
import { diagnostic } from "../../diagnostics";
import { convertLegacyBlocks } from "../../encoding/convertLegacyBlocks";
import type { SourceDocument } from "../../SourceDocument";
import { extractPageLayout } from "./extractPageLayout";
import { PdfBlockBuilder } from "./layoutToBlocks";
import { loadPdfjs } from "./loadPdfjs";
import type { PageLayout } from "./PageLayout";
import { readPdfSignatures } from "./readSignatures";
import { isGarbled } from "./textQuality";

/** What an OCR engine is asked for: one page of a PDF, and its size in points. */
export interface PdfOcrRequest {
  bytes: Uint8Array;
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
}

/**
 * Reads pages that have no usable text layer (scans). `@kehoach/import/ocr`
 * gives one built on the system Tesseract and poppler (`tesseractOcr()`).
 */
export interface PdfOcr {
  /** Null when the engine can run; else what to install, in Vietnamese and English. */
  unavailable(): Promise<{ vi: string; en: string } | null>;
  /** The page's words (with boxes) and ruling lines, in PDF points from the top-left corner. */
  readPage(request: PdfOcrRequest): Promise<PageLayout>;
}

/** The default largest number of pages read. */
export const DEFAULT_MAX_PAGES = 500;

/** Options of {@link readPdf}. */
export const ReadPdfOptionsSchema = z
  .object({
    fileName: z.string().optional(),
    /** Largest number of pages (default 500); a longer document is an error. */
    maxPages: z.number().int().positive().optional(),
    /** OCR for pages without a text layer (scans); without it such pages are an error. */
    ocr: z
      .custom<PdfOcr>(
        (value) =>
          typeof value === "object" && value !== null && typeof (value as PdfOcr).readPage === "function",
        { message: "ocr must have readPage (see @kehoach/import/ocr)" },
      )
      .optional(),
    /** Called after each page. */
    onPage: z
      .custom<(done: number, total: number) => void>((value) => typeof value === "function")
      .optional(),
  })
  .strict();
/** Options of {@link readPdf}. */
export type ReadPdfOptions = z.input<typeof ReadPdfOptionsSchema>;

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>;
type PdfDocument = Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>;

/** The "import.pdf-invalid" error: the PDF cannot be read, and why. */
function invalidPdf(reason: string, base: SourceLocation): Diagnostic {
  return diagnostic(
    "import.pdf-invalid",
    "error",
    { vi: `Không đọc được tệp PDF: ${reason}`, en: `The PDF cannot be read: ${reason}` },
    base,
  );
}

/** Opens the PDF with pdfjs, or gives null with the error (a password-protected file says so). */
async function openPdf(
  pdfjs: Pdfjs,
  bytes: Uint8Array,
  doc: SourceDocument,
  base: SourceLocation,
): Promise<PdfDocument | null> {
  try {
    // pdfjs takes ownership of the buffer it is given (and refuses a Node Buffer): hand it a plain copy.
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    doc.diagnostics.push(
      invalidPdf(
        name === "PasswordException" ? "tệp có mật khẩu / the file is password-protected" : String(error),
        base,
      ),
    );
    return null;
  }
}

/** The "import.pdf-limit" error for a document over `maxPages` pages, or null. */
function pageLimitError(pages: number, maxPages: number, base: SourceLocation): Diagnostic | null {
  if (pages <= maxPages) return null;
  return diagnostic(
    "import.pdf-limit",
    "error",
    {
      vi: `Tệp PDF có ${pages} trang, vượt giới hạn ${maxPages} trang`,
      en: `The PDF has ${pages} pages, over the ${maxPages}-page limit`,
    },
    base,
  );
}

/** What reading pages needs across the document: the options, the document, and whether OCR can run (asked once). */
interface PageReading {
  bytes: Uint8Array;
  ocr: PdfOcr | undefined;
  doc: SourceDocument;
  base: SourceLocation;
  ocrReady: boolean | null;
}

/**
 * A page's text as its layout's words: garbled text (no ToUnicode map) is an
 * error and dropped; a page without text is read by OCR when it can run, else
 * it is an error saying it needs OCR.
 */
async function readPageWords(layout: PageLayout, number: number, reading: PageReading): Promise<void> {
  const { doc, ocr } = reading;
  const where: SourceLocation = { ...reading.base, page: number };
  const garbled = isGarbled(layout.words);
  if (!garbled && layout.words.length > 0) return;
  if (garbled) {
    doc.diagnostics.push(
      diagnostic(
        "import.pdf-text-garbled",
        "error",
        {
          vi: `Trang ${number}: chữ trong PDF không giải mã được (phông chữ thiếu bảng ToUnicode)${ocr ? "; trang được đọc bằng OCR" : ""}`,
          en: `Page ${number}: the PDF's text cannot be decoded (a font without a ToUnicode map)${ocr ? "; the page is read by OCR" : ""}`,
        },
        where,
      ),
    );
    layout.words = [];
  }
  reading.ocrReady ??= await checkOcr(ocr, doc, reading.base);
  if (reading.ocrReady && ocr) {
    try {
      const request = { bytes: reading.bytes, page: number, width: layout.width, height: layout.height };
      const ocrLayout = await ocr.readPage(request);
      layout.words = ocrLayout.words;
      layout.rules = ocrLayout.rules;
    } catch (error) {
      doc.diagnostics.push(
        diagnostic(
          "import.ocr-failed",
          "error",
          {
            vi: `Trang ${number}: OCR thất bại: ${String(error)}`,
            en: `Page ${number}: OCR failed: ${String(error)}`,
          },
          where,
        ),
      );
    }
  } else if (!garbled && ocr === undefined) {
    doc.diagnostics.push(
      diagnostic(
        "import.pdf-no-text",
        "error",
        {
          vi: `Trang ${number} không có lớp chữ (bản quét); cần OCR (lệnh kehoach import tự dùng Tesseract)`,
          en: `Page ${number} has no text layer (a scan); it needs OCR (kehoach import uses Tesseract)`,
        },
        where,
      ),
    );
  }
}

/**
 * Reads a PDF (pdfjs-dist) into the shared row model: on each page the
 * ruled tables are rebuilt from the drawn ruling lines and the text items'
 * positions (wrapped cells, cells merged over rows and columns, tables
 * continued over pages with their repeated header hinted), the text outside
 * them becomes paragraphs in reading order, bold and italic come from the
 * fonts' names. A page without text is read by the OCR engine when one is
 * given; a page whose text decodes to garbage (no ToUnicode map) is an
 * error, its text never passed on. Never throws.
 */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<SourceDocument> {
  const parsed = ReadPdfOptionsSchema.safeParse(options);
  const opts = parsed.success ? parsed.data : {};
  const fileName = opts.fileName ?? null;
  const base: SourceLocation = fileName === null ? {} : { file: fileName };
  const doc: SourceDocument = { format: "pdf", fileName, blocks: [], diagnostics: [], size: bytes.length };
  if (!(bytes instanceof Uint8Array)) return doc;
  const pdfjs = await loadPdfjs();
  const pdf = await openPdf(pdfjs, bytes, doc, base);
  if (pdf === null) return doc;
  try {
    const tooLong = pageLimitError(pdf.numPages, opts.maxPages ?? DEFAULT_MAX_PAGES, base);
    if (tooLong !== null) {
      doc.diagnostics.push(tooLong);
      return doc;
    }
    const builder = new PdfBlockBuilder(base);
    const reading: PageReading = { bytes, ocr: opts.ocr, doc, base, ocrReady: null };
    for (let number = 1; number <= pdf.numPages; number++) {
      const layout = await extractPageLayout(pdfjs, await pdf.getPage(number));
      await readPageWords(layout, number, reading);
      builder.addPage(layout);
      opts.onPage?.(number, pdf.numPages);
    }
    doc.blocks = builder.blocks;
    doc.signatures = readPdfSignatures(bytes);
    convertLegacyBlocks(doc.blocks, doc.diagnostics, base);
  } catch (error) {
    doc.diagnostics.push(invalidPdf(error instanceof Error ? error.message : String(error), base));
  } finally {
    await pdf.destroy();
  }
  return doc;
}

/** Whether the OCR engine can run; when it cannot, one error saying what to install. */
async function checkOcr(
  ocr: PdfOcr | undefined,
  doc: SourceDocument,
  base: SourceLocation,
): Promise<boolean> {
  if (ocr === undefined) return false;
  const missing = await ocr.unavailable();
  if (missing === null) return true;
  doc.diagnostics.push(diagnostic("import.ocr-unavailable", "error", missing, base));
  return false;
}
