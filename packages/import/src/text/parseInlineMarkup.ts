import { decodeEntities } from "@kehoach/core";
import type { RichText, TextSegment } from "./RichText";

/** Inline formatting tags understood in extracted text; any other tag stays literal text. */
/** Characters that may start markup: a tag, an entity or Markdown emphasis. */
const PLAIN_SKIP = /[<&*]/u;
const tagPattern = /<(\/?)(b|strong|i|em|u|br)\s*\/?>/giu;

/**
 * Reads the inline markup of extracted text: `<b>`/`<strong>`, `<i>`/`<em>`,
 * `<u>` (ignored), `<br>` (a space), Markdown `**bold**` and `*italic*`, and
 * HTML entities. Any other tag (`<script>`, `<img onerror=…>`) is kept as
 * literal text: cell text is data, never markup. Unclosed tags end at the end
 * of the cell. Linear in the length of the text.
 */
export function parseInlineMarkup(source: string): RichText {
  // Most cells hold no tag, entity or asterisk: one plain run.
  if (!PLAIN_SKIP.test(source))
    return { segments: source === "" ? [] : [{ text: source, bold: false, italic: false }] };
  const segments: TextSegment[] = [];
  let bold = 0;
  let italic = 0;
  const emit = (raw: string) => {
    if (raw === "") return;
    for (const piece of splitMarkdownEmphasis(raw)) {
      const text = decodeEntities(piece.text);
      if (text === "") continue;
      segments.push({ text, bold: bold > 0 || piece.bold, italic: italic > 0 || piece.italic });
    }
  };
  let last = 0;
  for (const match of source.matchAll(tagPattern)) {
    const index = match.index ?? 0;
    emit(source.slice(last, index));
    last = index + match[0].length;
    const closing = match[1] === "/";
    const tag = (match[2] ?? "").toLowerCase();
    if (tag === "b" || tag === "strong") bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (tag === "i" || tag === "em") italic = Math.max(0, italic + (closing ? -1 : 1));
    else if (tag === "br") segments.push({ text: " ", bold: bold > 0, italic: italic > 0 });
  }
  emit(source.slice(last));
  return { segments };
}

/** Cells of a column read before deciding whether its texts repeat. */
const COLUMN_SAMPLE = 256;
/** A column whose sampled cells repeat less often than this stops remembering its texts. */
const COLUMN_MIN_REPEATS = 1 / 8;

/**
 * {@link parseInlineMarkup} for the cells of one document, where the same text
 * recurs (leads, coordinators, time cells: 30,000 distinct texts in the 70,000
 * cells of the bench plan): each distinct text is read once and its cells share
 * the one RichText. Every object a document keeps is copied by each scavenge
 * while the import runs; nothing downstream writes to a cell's rich text (the
 * assembler itself shares it down merged cells). Told the cell's column, the
 * reader stops remembering the texts of a column whose first
 * {@link COLUMN_SAMPLE} cells rarely repeat (titles, expected results): a look-up
 * that never hits costs a hash of the whole text and an entry kept to the end.
 */
export function createInlineMarkupReader(): (source: string, column?: number) => RichText {
  const read = new Map<string, RichText>();
  const looked: number[] = [];
  const found: number[] = [];
  return (source, column) => {
    if (column === undefined) return remembered(read, source);
    const count = looked[column] ?? 0;
    if (count >= COLUMN_SAMPLE && (found[column] ?? 0) < COLUMN_SAMPLE * COLUMN_MIN_REPEATS)
      return parseInlineMarkup(source);
    looked[column] = count + 1;
    const size = read.size;
    const rich = remembered(read, source);
    if (read.size === size) found[column] = (found[column] ?? 0) + 1;
    return rich;
  };
}

function remembered(read: Map<string, RichText>, source: string): RichText {
  let rich = read.get(source);
  if (rich === undefined) {
    rich = parseInlineMarkup(source);
    read.set(source, rich);
  }
  return rich;
}

interface MarkdownPiece {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * Splits Markdown emphasis: `**…**` bold, `*…*` italic (a pair must open
 * before a non-space and close after one, on the same text). Unpaired
 * asterisks stay literal.
 */
function splitMarkdownEmphasis(text: string): MarkdownPiece[] {
  if (!text.includes("*")) return [{ text, bold: false, italic: false }];
  const pieces: MarkdownPiece[] = [];
  let rest = text;
  // Each step consumes at least one character: linear overall.
  while (rest.length > 0) {
    const open = rest.indexOf("*");
    if (open < 0) {
      pieces.push({ text: rest, bold: false, italic: false });
      break;
    }
    const strong = rest.startsWith("**", open);
    const marker = strong ? "**" : "*";
    const innerStart = open + marker.length;
    const close = rest.indexOf(marker, innerStart);
    const inner = close < 0 ? "" : rest.slice(innerStart, close);
    const valid =
      close > innerStart &&
      inner.trim() !== "" &&
      !/^\s/u.test(inner) &&
      !/\s$/u.test(inner) &&
      !inner.includes("*");
    if (!valid) {
      pieces.push({ text: rest.slice(0, open + 1), bold: false, italic: false });
      rest = rest.slice(open + 1);
      continue;
    }
    if (open > 0) pieces.push({ text: rest.slice(0, open), bold: false, italic: false });
    pieces.push({ text: inner, bold: strong, italic: !strong });
    rest = rest.slice(close + marker.length);
  }
  return pieces;
}
