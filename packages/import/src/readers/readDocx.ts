import type { SourceLocation } from "@kehoach/core";
import { z } from "zod";
import { diagnostic } from "../diagnostics";
import { convertLegacyBlocks } from "../encoding/convertLegacyBlocks";
import { convertTcvn3, convertVni } from "../encoding/legacyEncodings";
import type { SourceBlock, SourceCell, SourceDocument } from "../SourceDocument";
import { joinRichText, type RichText, type TextSegment } from "../text/RichText";
import { attrOf, childByTag, childrenOf, parseXml, tagOf, textOf, type XmlNode } from "./parseXml";
import { unzipSafely, ZipLimitsSchema } from "./unzipSafely";

/** Options of {@link readDocx}. */
export const ReadDocxOptionsSchema = z
  .object({ fileName: z.string().optional(), limits: ZipLimitsSchema.partial().optional() })
  .strict();
/** Options of {@link readDocx}. */
export type ReadDocxOptions = z.input<typeof ReadDocxOptionsSchema>;

const off = new Set(["0", "false", "off", "none"]);

function flag(rPr: XmlNode | undefined, tag: string): boolean | undefined {
  const node = rPr === undefined ? undefined : childByTag(rPr, tag);
  if (node === undefined) return undefined;
  const value = attrOf(node, "w:val");
  return value === undefined || !off.has(value.toLowerCase());
}

type Legacy = "tcvn3" | "tcvn3-upper" | "vni" | null;

function legacyFont(rPr: XmlNode | undefined): Legacy {
  const fonts = rPr === undefined ? undefined : childByTag(rPr, "w:rFonts");
  const name = fonts === undefined ? "" : (attrOf(fonts, "w:ascii") ?? attrOf(fonts, "w:hAnsi") ?? "");
  if (/^\.?vn/iu.test(name) && !/^vni/iu.test(name)) return /h$/iu.test(name) ? "tcvn3-upper" : "tcvn3";
  if (/^vni[-\s]/iu.test(name)) return "vni";
  return null;
}

interface RunStyle {
  bold: boolean;
  italic: boolean;
}

/** Collects the runs of a paragraph (through hyperlinks, insertions, smart tags, content controls; not deletions). */
function collectRuns(node: XmlNode, style: RunStyle, out: TextSegment[], legacy: { found: boolean }): void {
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === "w:r") {
      const rPr = childByTag(child, "w:rPr");
      const bold = flag(rPr, "w:b") ?? style.bold;
      const italic = flag(rPr, "w:i") ?? style.italic;
      const font = legacyFont(rPr);
      for (const part of childrenOf(child)) {
        const partTag = tagOf(part);
        let text = "";
        if (partTag === "w:t") text = childrenOf(part).map(textOf).join("");
        else if (partTag === "w:tab" || partTag === "w:br" || partTag === "w:cr") text = " ";
        else if (partTag === "w:noBreakHyphen") text = "-";
        if (text === "") continue;
        if (font !== null) {
          legacy.found = true;
          text = font === "vni" ? convertVni(text) : convertTcvn3(text, font === "tcvn3-upper");
        }
        out.push({ text, bold, italic });
      }
    } else if (tag === "w:del" || tag === "w:rPr" || tag === "w:pPr" || tag === "#text") {
      // deleted text and properties carry no content
    } else {
      collectRuns(child, style, out, legacy);
    }
  }
}

function paragraphText(p: XmlNode, legacy: { found: boolean }): RichText {
  const segments: TextSegment[] = [];
  collectRuns(p, { bold: false, italic: false }, segments, legacy);
  return { segments };
}

/** The text of a cell: its paragraphs (and nested tables) joined with one space. */
function cellText(tc: XmlNode, legacy: { found: boolean }): RichText {
  const parts: RichText[] = [];
  for (const child of childrenOf(tc)) {
    const tag = tagOf(child);
    if (tag === "w:p") parts.push(paragraphText(child, legacy));
    else if (tag === "w:tbl" || tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:tr" || tag === "w:tc")
      parts.push(cellText(child, legacy));
  }
  return joinRichText(parts);
}

/** Body-level children, looking through content controls. */
function bodyChildren(body: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const child of childrenOf(body)) {
    const tag = tagOf(child);
    if (tag === "w:sdt") {
      const content = childByTag(child, "w:sdtContent");
      if (content) out.push(...bodyChildren(content));
    } else out.push(child);
  }
  return out;
}

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
  const parsed = parseXml(new TextDecoder("utf-8").decode(xmlBytes));
  if ("error" in parsed) {
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
  const documentNode = parsed.nodes.find((node) => tagOf(node) === "w:document");
  const body = documentNode === undefined ? undefined : childByTag(documentNode, "w:body");
  if (body === undefined) {
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
  const legacy = { found: false };
  let line = 0;
  let tableNumber = 0;
  const blocks: SourceBlock[] = [];
  for (const child of bodyChildren(body)) {
    const tag = tagOf(child);
    if (tag === "w:p") {
      line++;
      blocks.push({
        kind: "paragraph",
        rich: paragraphText(child, legacy),
        line,
        location: { ...base, line },
      });
    } else if (tag === "w:tbl") {
      tableNumber++;
      let rowNumber = 0;
      for (const tr of childrenOf(child)) {
        if (tagOf(tr) !== "w:tr") continue;
        line++;
        rowNumber++;
        const location: SourceLocation = { ...base, line, path: ["table", tableNumber, "row", rowNumber] };
        const trPr = childByTag(tr, "w:trPr");
        const headerHint = trPr !== undefined && flag(trPr, "w:tblHeader") === true;
        const cells: SourceCell[] = [];
        const gridBefore = trPr === undefined ? undefined : childByTag(trPr, "w:gridBefore");
        const skip = Number.parseInt((gridBefore && attrOf(gridBefore, "w:val")) ?? "0", 10) || 0;
        for (let i = 0; i < Math.min(skip, 64); i++) {
          cells.push({
            rich: { segments: [] },
            location: { ...location, column: cells.length + 1 },
            merge: null,
          });
        }
        for (const tc of childrenOf(tr)) {
          if (tagOf(tc) !== "w:tc") continue;
          const tcPr = childByTag(tc, "w:tcPr");
          const span = tcPr === undefined ? undefined : childByTag(tcPr, "w:gridSpan");
          const width = Math.min(
            64,
            Math.max(1, Number.parseInt((span && attrOf(span, "w:val")) ?? "1", 10) || 1),
          );
          const vMerge = tcPr === undefined ? undefined : childByTag(tcPr, "w:vMerge");
          const continues = vMerge !== undefined && (attrOf(vMerge, "w:val") ?? "continue") !== "restart";
          const column = cells.length + 1;
          cells.push({
            rich: cellText(tc, legacy),
            location: { ...location, column, path: ["table", tableNumber, "row", rowNumber, "cell", column] },
            merge: continues ? "vertical" : null,
          });
          for (let i = 1; i < width; i++) {
            cells.push({
              rich: { segments: [] },
              location: { ...location, column: cells.length + 1 },
              merge: continues ? "vertical" : "horizontal",
            });
          }
        }
        blocks.push({ kind: "row", cells, line, location, headerHint, group: null });
      }
    }
  }
  // Paragraphs written in a legacy encoding without a legacy font name (pasted text).
  convertLegacyBlocks(blocks, doc.diagnostics, base, legacy.found);
  doc.blocks = blocks;
  return doc;
}
