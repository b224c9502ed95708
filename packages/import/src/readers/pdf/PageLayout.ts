/**
 * A page as the PDF reader sees it, whatever produced it (the PDF's text
 * layer or OCR): words with their boxes and the ruling lines drawn on it.
 * Coordinates are PDF points from the page's top-left corner, y downwards.
 */
export interface PageLayout {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  words: PageWord[];
  rules: Rule[];
}

/** A run of text with its box and style (a PDF text item, or an OCR word). */
export interface PageWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  bold: boolean;
  italic: boolean;
}

/** An axis-aligned ruling line: x0 = x1 (vertical) or y0 = y1 (horizontal), x0 ≤ x1, y0 ≤ y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether a rule is horizontal. */
export function isHorizontal(rule: Rule): boolean {
  return rule.y1 - rule.y0 <= rule.x1 - rule.x0;
}
