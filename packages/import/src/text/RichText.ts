import type { TextRange } from "@kehoach/core";

/** A run of text with one style. */
export interface TextSegment {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Styled cell or paragraph text, kept as runs until it is flattened. */
export interface RichText {
  segments: TextSegment[];
}

/** Plain text with its bold and italic ranges, whitespace collapsed and NFC-normalised. */
export interface FlatText {
  text: string;
  bold: TextRange[];
  italic: TextRange[];
}

/** A rich text holding one unstyled run. */
export function plainRichText(text: string): RichText {
  return { segments: text === "" ? [] : [{ text, bold: false, italic: false }] };
}

/** Joins rich texts with one space between non-empty parts (a space between two styled runs takes their shared style). */
export function joinRichText(parts: readonly RichText[]): RichText {
  const segments: TextSegment[] = [];
  for (const part of parts) {
    if (isBlankRichText(part)) continue;
    if (segments.length > 0) {
      const last = segments[segments.length - 1]!;
      const next = part.segments[0]!;
      segments.push({ text: " ", bold: last.bold && next.bold, italic: last.italic && next.italic });
    }
    segments.push(...part.segments);
  }
  return { segments };
}

/** Whether the text is empty or only whitespace. */
export function isBlankRichText(rich: RichText): boolean {
  return rich.segments.every((segment) => segment.text.trim() === "");
}

function pushRange(ranges: TextRange[], start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.end >= start) last.end = Math.max(last.end, end);
  else ranges.push({ start, end });
}

const WHITESPACE_RUN = /\s+/gu;
/** White space other than one plain space: what {@link collapseWhitespace} changes. */
const ODD_WHITESPACE = /[^\S ]| {2}/u;

/**
 * What a text needs {@link collapseWhitespace} for: two spaces, a control character or white space other
 * than one space, or a character outside the ranges whose characters are NFC next to any other of them (Latin
 * up to U+02FF, Vietnamese letters U+1E00–U+1EFF, dashes and quotes U+2010–U+2027: no combining mark, no
 * singleton; checked on every one and every pair of them). Most cells hold none: one scan, not NFC and a scan.
 */
const UNSETTLED = /[^ -~\u00a1-\u02ff\u1e00-\u1eff\u2010-\u2027]| {2}/;

/** NFC, each white-space run one space (the scan for a run is cheaper than a replace that finds none). */
function collapseWhitespace(text: string): string {
  if (!UNSETTLED.test(text)) return text;
  const nfc = text.normalize("NFC");
  return ODD_WHITESPACE.test(nfc) ? nfc.replace(WHITESPACE_RUN, " ") : nfc;
}

/**
 * Flattens runs into NFC plain text: whitespace runs become one space, the
 * ends are trimmed, and style ranges separated only by whitespace are merged.
 * Linear in the length of the text; allocates per run, not per word.
 */
export function flattenRichText(rich: RichText): FlatText {
  if (rich.segments.length === 1) return flattenWithText(rich, richTextToString(rich));
  let text = "";
  const bold: TextRange[] = [];
  const italic: TextRange[] = [];
  let pendingSpace = false;
  for (const segment of rich.segments) {
    const collapsed = collapseWhitespace(segment.text);
    const core = collapsed.trim();
    if (core === "") {
      if (collapsed !== "" && text !== "") pendingSpace = true;
      continue;
    }
    if (collapsed.charCodeAt(0) === 32 && text !== "") pendingSpace = true;
    if (pendingSpace) {
      text += " ";
      pendingSpace = false;
    }
    const start = text.length;
    text += core;
    if (segment.bold) pushRange(bold, start, text.length);
    if (segment.italic) pushRange(italic, start, text.length);
    if (collapsed.charCodeAt(collapsed.length - 1) === 32) pendingSpace = true;
  }
  return { text, bold: mergeAcrossSpaces(bold, text), italic: mergeAcrossSpaces(italic, text) };
}

/**
 * {@link flattenRichText} of a rich text whose plain text is already known
 * (`text`, its {@link richTextToString}): a single run (most cells) takes its
 * style over all of the text without being flattened again.
 */
export function flattenWithText(rich: RichText, text: string): FlatText {
  if (rich.segments.length !== 1) return flattenRichText(rich);
  const segment = rich.segments[0]!;
  return { text, bold: wholeRange(segment.bold, text), italic: wholeRange(segment.italic, text) };
}

/** The range of all of `text` when the run is styled and the text not empty, else none. */
function wholeRange(styled: boolean, text: string): TextRange[] {
  return styled && text !== "" ? [{ start: 0, end: text.length }] : [];
}

function mergeAcrossSpaces(ranges: TextRange[], text: string): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && text.slice(last.end, range.start).trim() === "") last.end = range.end;
    else merged.push({ ...range });
  }
  return merged;
}

/** The plain text of a rich text (flattened). */
export function richTextToString(rich: RichText): string {
  const segments = rich.segments;
  if (segments.length === 0) return "";
  if (segments.length === 1) return collapseWhitespace(segments[0]!.text).trim();
  return flattenRichText(rich).text;
}
