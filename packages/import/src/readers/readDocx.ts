import type { SourceLocation } from "@kehoach/core";
import { z } from "zod";
import { diagnostic } from "../diagnostics";
import { convertLegacyBlocks } from "../encoding/convertLegacyBlocks";
import { decodeUtf8 } from "../encoding/decodeUtf8";
import type { SourceDocument } from "../SourceDocument";
import { DocxBodyReader } from "./docxBody";
import { parseXml } from "./parseXml";
import { unzipSafely, ZipLimitsSchema } from "./unzipSafely";

/** Options of {@link readDocx}. */
export const ReadDocxOptionsSchema = z
  .object({ fileName: z.string().optional(), limits: ZipLimitsSchema.partial().optional() })
  .strict();
/** Options of {@link readDocx}. */
export type ReadDocxOptions = z.input<typeof ReadDocxOptionsSchema>;

/**
 * Reads a Word .docx straight from its OOXML (`word/document.xml`): body
 * paragraphs become paragraph blocks (title lines), each table row a row
 * block with one cell per grid column — `gridSpan` cells are followed by
 * "horizontal" covered cells, `vMerge` continuations are "vertical" cells —
 * bold and italic runs kept, rows marked "repeat as header" hinted. Blocks
 * are numbered in document order (that number is the "line" of locations).
 * Zip bombs, DTDs and malformed XML give error diagnostics. Never throws.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): SourceDocument {
  const parsedOptions = ReadDocxOptionsSchema.safeParse(options);
  const opts = parsedOptions.success ? parsedOptions.data : {};
  const fileName = opts.fileName ?? null;
  const file = fileName ?? undefined;
  const base: SourceLocation = file === undefined ? {} : { file };
  const doc: SourceDocument = { format: "docx", fileName, blocks: [], diagnostics: [], size: bytes.length };
  if (!(bytes instanceof Uint8Array)) return doc;
  const unzipped = unzipSafely(bytes, (name) => name === "word/document.xml", opts.limits ?? {}, base);
  doc.diagnostics.push(...unzipped.diagnostics);
  if (unzipped.diagnostics.length > 0) return doc;
  const xmlBytes = unzipped.files["word/document.xml"];
  if (xmlBytes === undefined) {
    doc.diagnostics.push(
      diagnostic(
        "import.docx-invalid",
        "error",
        { vi: "Tệp .docx không có word/document.xml", en: "The .docx file has no word/document.xml" },
        base,
      ),
    );
    return doc;
  }
  const reader = new DocxBodyReader(base);
  const parsed = parseXml(decodeUtf8(xmlBytes), reader);
  if (parsed !== null) {
    doc.diagnostics.push(
      diagnostic(
        "import.docx-invalid",
        "error",
        {
          vi: `Nội dung .docx không đọc được: ${parsed.error}`,
          en: `The .docx content cannot be read: ${parsed.error}`,
        },
        base,
      ),
    );
    return doc;
  }
  if (!reader.body) {
    doc.diagnostics.push(
      diagnostic(
        "import.docx-invalid",
        "error",
        { vi: "Tệp .docx không có phần thân", en: "The .docx has no body" },
        base,
      ),
    );
    return doc;
  }
  const blocks = reader.blocks;
  // Paragraphs written in a legacy encoding without a legacy font name (pasted text).
  convertLegacyBlocks(blocks, doc.diagnostics, base, reader.legacy);
  doc.blocks = blocks;
  return doc;
}
