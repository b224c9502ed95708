import { z } from "zod";
import { readSourceText } from "../encoding/decodeBytes";
import type { SourceBlock, SourceCell, SourceDocument } from "../SourceDocument";
import { createInlineMarkupReader, parseInlineMarkup } from "../text/parseInlineMarkup";

/** Options of {@link readText}. */
export const ReadTextOptionsSchema = z.object({ fileName: z.string().optional() }).strict();
/** Options of {@link readText}. */
export type ReadTextOptions = z.infer<typeof ReadTextOptionsSchema>;

const InputSchema = z.union([z.string(), z.instanceof(Uint8Array)]);

/**
 * The text each document read from bytes decoded to, beside the document (its type has
 * no field for it): `importPlan` compares it with the plugins' plan texts, and decoding
 * a large file again cost as much as decoding it the first time.
 */
const decodedTexts = new WeakMap<SourceDocument, string>();

/** The text that {@link readText} decoded the bytes of `doc` to; undefined when it read a string or could not decode. */
export function decodedTextOf(doc: SourceDocument): string | undefined {
  return decodedTexts.get(doc);
}

/**
 * Reads extracted plan text (the seed format): paragraphs with Markdown
 * `**bold**`/`*italic*`, tab-separated table rows, inline `<b>`/`<i>` tags
 * and HTML entities. Every non-blank line becomes one block located by its
 * 1-based line; cells are located by line and column. Legacy TCVN3 and
 * VNI-Windows lines are converted with a warning. Never throws.
 */
export function readText(input: string | Uint8Array, options: ReadTextOptions = {}): SourceDocument {
  const parsedOptions = ReadTextOptionsSchema.safeParse(options);
  const fileName = parsedOptions.success ? (parsedOptions.data.fileName ?? null) : null;
  const file = fileName ?? undefined;
  const checked = InputSchema.safeParse(input);
  const doc: SourceDocument = { format: "text", fileName, blocks: [], diagnostics: [], size: 0 };
  if (!checked.success) return doc;
  doc.size = checked.data.length;
  const source = readSourceText(checked.data, doc.diagnostics, file);
  if (source === null) return doc;
  if (typeof checked.data !== "string") decodedTexts.set(doc, source.text);
  doc.blocks = textLinesToBlocks(source.lines, file);
  return doc;
}

/** A line with something other than white space (what `trim` would keep), tested without copying the line. */
const NOT_BLANK = /\S/;

/** Turns lines into blocks: a line with a tab is a row, any other non-blank line a paragraph. */
export function textLinesToBlocks(lines: readonly string[], file?: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const cellRich = createInlineMarkupReader();
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    if (!NOT_BLANK.test(raw)) continue;
    const location = file === undefined ? { line } : { file, line };
    let tab = raw.indexOf("\t");
    if (tab < 0) {
      blocks.push({ kind: "paragraph", rich: parseInlineMarkup(raw.trim()), line, location });
      continue;
    }
    // Each cell is the text up to the next tab, found in one pass over the line (no array of parts).
    const cells: SourceCell[] = [];
    for (let start = 0; start <= raw.length; tab = raw.indexOf("\t", start)) {
      const end = tab < 0 ? raw.length : tab;
      const column = start + 1;
      const at = file === undefined ? { line, column } : { file, line, column };
      cells.push({ rich: cellRich(raw.slice(start, end), cells.length), location: at, merge: null });
      start = end + 1;
    }
    blocks.push({ kind: "row", cells, line, location, headerHint: false, group: null });
  }
  return blocks;
}
