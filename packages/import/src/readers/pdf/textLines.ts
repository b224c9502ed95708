import type { RichText, TextSegment } from "../../text/RichText";
import type { PageWord } from "./PageLayout";

/** Words on one baseline, left to right. */
export interface TextLine {
  words: PageWord[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Font size, from the words' heights. */
  size: number;
}

function lineOf(words: PageWord[]): TextLine {
  words.sort((a, b) => a.x0 - b.x0);
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const w of words) {
    x0 = Math.min(x0, w.x0);
    y0 = Math.min(y0, w.y0);
    x1 = Math.max(x1, w.x1);
    y1 = Math.max(y1, w.y1);
  }
  const size = Math.max(...words.map((w) => w.y1 - w.y0));
  return { words, x0, y0, x1, y1, size };
}

/**
 * Groups words into lines: a word joins the line whose vertical extent it
 * overlaps by more than half of the smaller height (a raised run, as in
 * Word's "position" offsets, stays on its line). Lines come top to bottom.
 */
export function groupLines(words: readonly PageWord[]): TextLine[] {
  const sorted = [...words].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const groups: { words: PageWord[]; y0: number; y1: number }[] = [];
  for (const word of sorted) {
    const last = groups[groups.length - 1];
    if (last !== undefined) {
      const overlap = Math.min(last.y1, word.y1) - Math.max(last.y0, word.y0);
      const smaller = Math.min(last.y1 - last.y0, word.y1 - word.y0);
      if (overlap > smaller / 2) {
        last.words.push(word);
        last.y0 = Math.min(last.y0, word.y0);
        last.y1 = Math.max(last.y1, word.y1);
        continue;
      }
    }
    groups.push({ words: [word], y0: word.y0, y1: word.y1 });
  }
  return groups.map((group) => lineOf(group.words));
}

/** The runs of one line: words joined with a space where the gap between them shows one. */
export function lineSegments(line: TextLine): TextSegment[] {
  const segments: TextSegment[] = [];
  let previous: PageWord | null = null;
  for (const word of line.words) {
    if (previous !== null) {
      const gap = word.x0 - previous.x1;
      const spaced = /\s$/u.test(previous.text) || /^\s/u.test(word.text);
      if (!spaced && gap > (line.size || 10) * 0.12) {
        segments.push({
          text: " ",
          bold: previous.bold && word.bold,
          italic: previous.italic && word.italic,
        });
      }
    }
    segments.push({ text: word.text, bold: word.bold, italic: word.italic });
    previous = word;
  }
  return segments;
}

/** A line broken after a hyphen or slash inside a word ("KH-|UBND", "1954-|2024", "và/|hoặc"): joined without a space. */
const BROKEN_AFTER = /[^\s][-/‐]$/u;
/** A line starting with closing punctuation, or with a hyphen glued to the next word ("2423/UBND|-NV"): no space before it. */
const GLUED_START = /^(?:[;:,.!?)\]”]|[-‐][^\s])/u;

/**
 * The text of lines read top to bottom, joined with one space (as a cell's
 * paragraphs are), or with none after a line broken at a hyphen or slash.
 */
export function linesToRichText(lines: readonly TextLine[]): RichText {
  const segments: TextSegment[] = [];
  for (const line of lines) {
    const parts = lineSegments(line);
    if (parts.length === 0) continue;
    const last = segments[segments.length - 1];
    const glued =
      last !== undefined &&
      last.text === last.text.trimEnd() &&
      (BROKEN_AFTER.test(last.text) ||
        (/[\p{L}\p{N}]$/u.test(last.text) && GLUED_START.test(parts[0]!.text)));
    if (glued) {
      segments.push(...parts);
      continue;
    }
    if (segments.length > 0) {
      const last = segments[segments.length - 1]!;
      segments.push({
        text: " ",
        bold: last.bold && parts[0]!.bold,
        italic: last.italic && parts[0]!.italic,
      });
    }
    segments.push(...parts);
  }
  return { segments };
}
