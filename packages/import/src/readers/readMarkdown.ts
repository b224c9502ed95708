import { decodeEntities, type SourceLocation } from "@kehoach/core";
import { Lexer, type Token, type Tokens } from "marked";
import { z } from "zod";
import { readSourceLines } from "../encoding/decodeBytes";
import type { SourceBlock, SourceCell, SourceDocument } from "../SourceDocument";
import type { RichText, TextSegment } from "../text/RichText";

/** Options of {@link readMarkdown}. */
export const ReadMarkdownOptionsSchema = z.object({ fileName: z.string().optional() }).strict();
/** Options of {@link readMarkdown}. */
export type ReadMarkdownOptions = z.infer<typeof ReadMarkdownOptionsSchema>;

const InputSchema = z.union([z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array)]);

/** Inline tokens → rich text: `**bold**`, `*italic*`, escapes and entities decoded, `<br>` a space. */
function inlineRich(tokens: readonly Token[], bold: boolean, italic: boolean, out: TextSegment[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case "strong":
        inlineRich(token.tokens ?? [], true, italic, out);
        break;
      case "em":
        inlineRich(token.tokens ?? [], bold, true, out);
        break;
      case "br":
        out.push({ text: " ", bold, italic });
        break;
      case "html":
        // A line break inside a table cell; any other tag is data, kept as written.
        out.push({ text: /^<br\s*\/?>$/iu.test(token.raw.trim()) ? " " : token.raw, bold, italic });
        break;
      case "text":
      case "link":
      case "del":
        if ("tokens" in token && token.tokens !== undefined && token.tokens.length > 0)
          inlineRich(token.tokens, bold, italic, out);
        else out.push({ text: decodeEntities(token.text as string), bold, italic });
        break;
      case "escape":
      case "codespan":
        out.push({ text: token.text as string, bold, italic });
        break;
      default:
        out.push({ text: "text" in token ? String(token.text) : token.raw, bold, italic });
    }
  }
}

/** A block's inline content as rich text, soft line breaks as spaces. */
function richOf(tokens: readonly Token[] | undefined, fallback: string): RichText {
  const segments: TextSegment[] = [];
  if (tokens === undefined) segments.push({ text: decodeEntities(fallback), bold: false, italic: false });
  else inlineRich(tokens, false, false, segments);
  return {
    segments: segments
      .map((segment) => ({ ...segment, text: segment.text.replace(/\s*\n\s*/gu, " ") }))
      .filter((segment) => segment.text !== ""),
  };
}

/** Walks the block tokens in order, with the 1-based line each one starts on. */
class MarkdownBlocks {
  readonly blocks: SourceBlock[] = [];
  private tables = 0;

  constructor(private readonly base: SourceLocation) {}

  private paragraph(rich: RichText, line: number): void {
    if (rich.segments.every((segment) => segment.text.trim() === "")) return;
    this.blocks.push({ kind: "paragraph", rich, line, location: { ...this.base, line } });
  }

  private table(token: Tokens.Table, line: number): void {
    const table = ++this.tables;
    const row = (cells: readonly Tokens.TableCell[], at: number, index: number, header: boolean) => {
      const location: SourceLocation = { ...this.base, line: at, path: ["table", table, "row", index] };
      const sourceCells: SourceCell[] = cells.map((cell, c) => ({
        rich: richOf(cell.tokens, cell.text),
        location: { ...this.base, line: at, column: c + 1, path: ["table", table, "row", index, "cell", c] },
        merge: null,
      }));
      this.blocks.push({
        kind: "row",
        cells: sourceCells,
        line: at,
        location,
        headerHint: header,
        group: null,
      });
    };
    row(token.header, line, 0, true);
    // The delimiter row ("| --- | :---: |") is the line under the header.
    for (const [r, cells] of token.rows.entries()) row(cells, line + 2 + r, r + 1, false);
  }

  add(token: Token, line: number): void {
    switch (token.type) {
      case "space":
      case "hr":
      case "def":
        return;
      case "table":
        this.table(token as Tokens.Table, line);
        return;
      case "heading":
      case "paragraph":
        this.paragraph(richOf(token.tokens, token.text as string), line);
        return;
      case "list":
        this.list(token as Tokens.List, line);
        return;
      case "blockquote":
        this.walk(token.tokens ?? [], token.raw, line);
        return;
      default:
        this.paragraph(richOf(undefined, "text" in token ? String(token.text) : token.raw), line);
    }
  }

  private list(token: Tokens.List, line: number): void {
    let at = line;
    token.items.forEach((item, i) => {
      const marker = token.ordered ? `${Number(token.start || 1) + i}. ` : "- ";
      const rich = richOf(
        item.tokens.flatMap((t) => ("tokens" in t && t.tokens ? t.tokens : [t])),
        item.text,
      );
      this.paragraph({ segments: [{ text: marker, bold: false, italic: false }, ...rich.segments] }, at);
      at += item.raw.split("\n").length - (item.raw.endsWith("\n") ? 1 : 0);
    });
  }

  /** Block tokens of `raw` (a document or a block's inside) starting on `line`. */
  walk(tokens: readonly Token[], raw: string, line: number): void {
    let offset = 0;
    let at = line;
    for (const token of tokens) {
      const found = raw.indexOf(token.raw, offset);
      if (found >= 0) {
        at += countLines(raw, offset, found);
        offset = found;
      }
      // Leading blank lines a token's raw text carries belong before it.
      const lead = /^\n*/u.exec(token.raw)?.[0].length ?? 0;
      this.add(token, at + lead);
      if (found >= 0) {
        at += countLines(raw, offset, offset + token.raw.length);
        offset += token.raw.length;
      }
    }
  }
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

/**
 * Reads a Markdown file (CommonMark with GFM pipe tables, through marked's
 * lexer): headings, paragraphs and list items become paragraphs (a
 * heading or a bold line right above a table is its caption, as in a Word
 * file), each pipe table's header row (`headerHint`) and rows become rows
 * located by line, table and row. Cells keep `**bold**` and `*italic*`,
 * escapes (`\|`) and entities are decoded, `<br>` is a space. Pipe tables
 * cannot merge cells: an empty cell is empty. UTF-8 with or without BOM (or
 * a legacy encoding, converted with a warning). Never throws.
 */
export function readMarkdown(input: string | Uint8Array, options: ReadMarkdownOptions = {}): SourceDocument {
  const parsedOptions = ReadMarkdownOptionsSchema.safeParse(options);
  const fileName = parsedOptions.success ? (parsedOptions.data.fileName ?? null) : null;
  const base: SourceLocation = fileName === null ? {} : { file: fileName };
  const doc: SourceDocument = { format: "markdown", fileName, blocks: [], diagnostics: [], size: 0 };
  const checked = InputSchema.safeParse(input);
  if (!checked.success) return doc;
  doc.size = checked.data.length;
  const lines = readSourceLines(checked.data, doc.diagnostics, fileName ?? undefined);
  if (lines === null) return doc;
  const source = lines.join("\n");
  const reader = new MarkdownBlocks(base);
  reader.walk(Lexer.lex(source, { gfm: true }), source, 1);
  doc.blocks = reader.blocks;
  return doc;
}
