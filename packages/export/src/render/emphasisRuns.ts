import type { TextRange } from "@kehoach/core";

/** A piece of text and whether it is bold. */
export interface TextPiece {
  text: string;
  bold: boolean;
}

/**
 * Splits a text into plain and bold pieces by its emphasis ranges (overlapping
 * or out-of-range ranges are clipped and merged), keeping the order.
 */
export function emphasisPieces(text: string, emphasis: readonly TextRange[]): TextPiece[] {
  if (emphasis.length === 0) return text ? [{ text, bold: false }] : [];
  const bold = new Uint8Array(text.length);
  for (const range of emphasis) {
    const end = Math.min(range.end, text.length);
    for (let i = Math.max(0, range.start); i < end; i++) bold[i] = 1;
  }
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || bold[i] !== bold[start]) {
      pieces.push({ text: text.slice(start, i), bold: bold[start] === 1 });
      start = i;
    }
  }
  return pieces;
}

/**
 * A cell's text line by line, each line split into plain and bold pieces by
 * the cell's emphasis ranges (given as offsets into the whole text).
 */
export function emphasisLines(text: string, emphasis: readonly TextRange[]): TextPiece[][] {
  const lines: TextPiece[][] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const ranges = emphasis
      .map((r) => ({ start: r.start - offset, end: r.end - offset }))
      .filter((r) => r.end > 0 && r.start < line.length);
    lines.push(emphasisPieces(line, ranges));
    offset += line.length + 1;
  }
  return lines;
}
