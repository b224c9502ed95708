import type { RichText } from "../../text/RichText";
import type { PageWord } from "./PageLayout";
import { groupLines, linesToRichText, type TextLine } from "./textLines";

/** A paragraph of the text outside tables, with the top of its first line. */
export interface PageParagraph {
  rich: RichText;
  y: number;
}

/** Lines that are only a page number ("2", "- 2 -", "Trang 2/30"), in the top or bottom band of the page. */
const PAGE_NUMBER = /^[\s\-–—]*(?:(?:trang|page)\s*)?\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?[\s\-–—]*$/iu;

function isRunningLine(line: TextLine, height: number): boolean {
  const band = height * 0.1;
  if (line.y0 > band && line.y1 < height - band) return false;
  return PAGE_NUMBER.test(line.words.map((w) => w.text).join(""));
}

/** Splits a line into chunks where the gap between words is wider than two font sizes. */
function chunks(line: TextLine): { x0: number; x1: number }[] {
  const out: { x0: number; x1: number }[] = [];
  for (const word of line.words) {
    const last = out[out.length - 1];
    if (last !== undefined && word.x0 - last.x1 <= Math.max(2 * line.size, 18))
      last.x1 = Math.max(last.x1, word.x1);
    else out.push({ x0: word.x0, x1: word.x1 });
  }
  return out;
}

interface Gutter {
  x0: number;
  x1: number;
}

/** The widest gap between chunks of a line, as a gutter candidate. */
function gutterOf(line: TextLine): Gutter | null {
  const parts = chunks(line);
  let best: Gutter | null = null;
  for (let i = 1; i < parts.length; i++) {
    const gap = { x0: parts[i - 1]!.x1, x1: parts[i]!.x0 };
    if (best === null || gap.x1 - gap.x0 > best.x1 - best.x0) best = gap;
  }
  return best;
}

function fitsGutter(line: TextLine, gutter: Gutter): Gutter | null {
  let { x0, x1 } = gutter;
  for (const word of line.words) {
    if (word.x1 <= x0 + 1) continue;
    if (word.x0 >= x1 - 1) continue;
    // the word crosses the gutter: it narrows it if it only bites into an edge
    const mid = (word.x0 + word.x1) / 2;
    if (mid < (x0 + x1) / 2) x0 = word.x1;
    else x1 = word.x0;
  }
  return x1 - x0 >= 12 ? { x0, x1 } : null;
}

/**
 * Two-column borderless blocks (the Decree 30 letterhead: issuer and number
 * on the left, motto and place/date on the right; the signature block:
 * "Nơi nhận" on the left, the signer on the right): runs of lines sharing
 * a gutter, with at least two lines that have text on both sides. Each is
 * read as its left column, then its right column.
 */
function splitColumns(lines: TextLine[]): { line: TextLine; column: boolean; y: number }[] {
  const out: { line: TextLine; column: boolean; y: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    let gutter = gutterOf(first);
    let end = i + 1;
    let both = gutter === null ? 0 : 1;
    while (gutter !== null && end < lines.length) {
      const next = lines[end]!;
      const previous = lines[end - 1]!;
      if (next.y0 - previous.y1 > 3 * Math.max(next.size, previous.size)) break;
      const narrowed = fitsGutter(next, gutter);
      if (narrowed === null) break;
      gutter = narrowed;
      if (next.words.some((w) => w.x1 <= gutter!.x0 + 1) && next.words.some((w) => w.x0 >= gutter!.x1 - 1))
        both++;
      end++;
    }
    if (gutter === null || both < 2) {
      out.push({ line: first, column: false, y: first.y0 });
      i++;
      continue;
    }
    const g = gutter;
    const run = lines.slice(i, end);
    const left: TextLine[] = [];
    const right: TextLine[] = [];
    for (const line of run) {
      const l = line.words.filter((w) => w.x1 <= g.x0 + 1);
      const r = line.words.filter((w) => w.x1 > g.x0 + 1);
      if (l.length > 0) left.push({ ...line, words: l, x1: Math.max(...l.map((w) => w.x1)) });
      if (r.length > 0) right.push({ ...line, words: r, x0: Math.min(...r.map((w) => w.x0)) });
    }
    for (const line of [...left, ...right]) out.push({ line, column: true, y: run[0]!.y0 });
    i = end;
  }
  return out;
}

/**
 * Whether `next` continues the paragraph ending with `previous`: close
 * below it, same size and weight, and either the previous line ran to the
 * right edge of the text (a wrapped line) or both are centred on one axis.
 */
function continuesParagraph(previous: TextLine, next: TextLine, left: number, right: number): boolean {
  if (next.y0 - previous.y1 > 0.45 * previous.size) return false;
  if (Math.abs(next.size - previous.size) > 1) return false;
  const bold = (line: TextLine) => line.words.every((w) => w.bold);
  if (bold(previous) !== bold(next)) return false;
  const wrapped = previous.x1 >= right - 2.5 * previous.size;
  // A centred paragraph wraps too, its first line wide; short centred lines are paragraphs of their own.
  const wide = previous.x1 - previous.x0 >= 0.6 * (right - left);
  const centred = wide && Math.abs((previous.x0 + previous.x1) / 2 - (next.x0 + next.x1) / 2) < 6;
  return wrapped || centred;
}

/**
 * The paragraphs of the text outside tables, top to bottom: running page
 * numbers dropped, two-column blocks read column by column, and wrapped
 * lines joined into their paragraph.
 */
export function pageParagraphs(words: readonly PageWord[], pageHeight: number): PageParagraph[] {
  const lines = groupLines(words).filter((line) => !isRunningLine(line, pageHeight));
  if (lines.length === 0) return [];
  const right = Math.max(...lines.map((line) => line.x1));
  const left = Math.min(...lines.map((line) => line.x0));
  const out: PageParagraph[] = [];
  let current: TextLine[] = [];
  let top = 0;
  const flush = () => {
    if (current.length > 0) out.push({ rich: linesToRichText(current), y: top });
    current = [];
  };
  for (const part of splitColumns(lines)) {
    const line = part.line;
    const previous = current[current.length - 1];
    if (part.column || previous === undefined || !continuesParagraph(previous, line, left, right)) {
      flush();
      top = part.y;
    }
    current.push(line);
    if (part.column) flush();
  }
  flush();
  return out;
}
