import type { PageWord } from "../readers/pdf/PageLayout";

/**
 * The words of Tesseract's TSV output (level 5 rows with text), their boxes
 * scaled by `scale` (points per pixel). Tesseract 5 does not report font
 * styles: words are plain. Words below `minConfidence` (0–100) are dropped.
 */
export function parseTesseractTsv(tsv: string, scale: number, minConfidence = 10): PageWord[] {
  const words: PageWord[] = [];
  for (const line of tsv.split(/\r?\n/u)) {
    const cols = line.split("\t");
    if (cols.length < 12 || cols[0] !== "5") continue;
    const text = cols.slice(11).join("\t").normalize("NFC");
    const confidence = Number(cols[10]);
    if (text.trim() === "" || !(confidence >= minConfidence)) continue;
    const [left, top, width, height] = cols.slice(6, 10).map(Number) as [number, number, number, number];
    words.push({
      text,
      x0: left * scale,
      y0: top * scale,
      x1: (left + width) * scale,
      y1: (top + height) * scale,
      bold: false,
      italic: false,
    });
  }
  return words;
}
