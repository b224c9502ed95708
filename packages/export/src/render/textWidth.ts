/**
 * Approximate advance widths of a Times-like serif (Times New Roman, Liberation
 * Serif) in em, by kind of character: enough to size table columns and guess
 * how many lines a cell wraps to, without loading font metrics. Vietnamese
 * letters measure as their base letter (the marks sit above or below).
 */
function measureChar(code: number): number {
  if (code === 32) return 0.25; // space
  if (code >= 48 && code <= 57) return 0.5; // digits
  if (code >= 65 && code <= 90) return code === 73 ? 0.33 : code === 77 || code === 87 ? 0.89 : 0.69;
  if (code >= 97 && code <= 122) {
    if (code === 105 || code === 106 || code === 108 || code === 116 || code === 102) return 0.28; // i j l t f
    if (code === 109 || code === 119) return 0.75; // m w
    return 0.47;
  }
  if (code < 128)
    return code === 47 || code === 46 || code === 44 || code === 58 || code === 59 ? 0.27 : 0.36;
  // Latin letters with diacritics (Vietnamese): capitals are wide, small letters average.
  const base = String.fromCharCode(code).normalize("NFD").charCodeAt(0);
  if (base < 128 && base !== code) return measureChar(base);
  if (code === 0x0110) return 0.72; // Đ
  if (code === 0x0111) return 0.5; // đ
  return 0.5;
}

/** Widths of the first 8,192 code points (Latin, Vietnamese and punctuation), measured once. */
const widths = new Float32Array(0x2000);

for (let code = 0; code < widths.length; code++) widths[code] = measureChar(code);

function charWidthEm(code: number): number {
  return code < 0x2000 ? (widths[code] as number) : 0.5;
}

/** The width of a text on one line, in em (multiply by the font size for points). */
export function textWidthEm(text: string, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charWidthEm(text.charCodeAt(i));
  return bold ? em * 1.07 : em;
}

/** A paragraph's width on one line and its widest word, in em. */
export interface ParagraphWidth {
  width: number;
  widestWord: number;
}

/** Measures a paragraph in one pass: its width on one line and its widest word (em). */
export function measureParagraph(text: string, bold = false): ParagraphWidth {
  let width = 0;
  let word = 0;
  let widest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const em = charWidthEm(code);
    width += em;
    if (code === 32) {
      if (word > widest) widest = word;
      word = 0;
    } else word += em;
  }
  if (word > widest) widest = word;
  const k = bold ? 1.07 : 1;
  return { width: width * k, widestWord: widest * k };
}

/** The widest word of a text (what a column must hold without breaking a word), in em. */
export function longestWordEm(text: string, bold = false): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, textWidthEm(word, bold));
  return widest;
}

/** How many lines a text wraps to in `widthEm` (words kept whole, a word wider than the line on its own). */
export function wrappedLines(text: string, widthEm: number, bold = false): number {
  const space = textWidthEm(" ", bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidthEm(word, bold);
    if (used > 0 && used + space + w > widthEm) {
      lines++;
      used = w;
    } else used += used > 0 ? space + w : w;
  }
  return lines;
}
