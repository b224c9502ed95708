/** One item of a lead or coordinator cell, with its place in the (normalised) cell text. */
export interface UnitCellItem {
  /** The item text, markers and "Các đơn vị:" removed. */
  text: string;
  start: number;
  end: number;
  /** The "(n)" number the item stands under, or null. */
  number: number | null;
}

const NUMBER_MARK = /\((\d{1,2})\)/gu;
const LEADING = /^(?:[-+•–*]\s*|các đơn vị\s*:\s*|gồm\s*:\s*)+/iu;

function trimItem(text: string, start: number, number: number | null): UnitCellItem | null {
  let from = start;
  let body = text;
  const lead = /^\s+/u.exec(body)?.[0].length ?? 0;
  body = body.slice(lead);
  from += lead;
  const marker = LEADING.exec(body)?.[0].length ?? 0;
  body = body.slice(marker);
  from += marker;
  body = body.replace(/[\s.,;:]+$/u, "");
  if (!body) return null;
  return { text: body, start: from, end: from + body.length, number };
}

/**
 * Splits a lead or coordinator cell into items: at ";" and new lines, and at
 * "(1)", "(2)" markers (kept as the items' numbers, since results cite them);
 * bullets and a leading "Các đơn vị:" are dropped.
 */
export function splitUnitCell(text: string): UnitCellItem[] {
  const items: UnitCellItem[] = [];
  let number: number | null = null;
  let segmentStart = 0;
  const push = (end: number) => {
    const item = trimItem(text.slice(segmentStart, end), segmentStart, number);
    if (item) items.push(item);
  };
  const marks = [...text.matchAll(NUMBER_MARK)];
  let m = 0;
  for (let i = 0; i <= text.length; i++) {
    const mark = marks[m];
    if (mark && mark.index === i) {
      push(i);
      number = Number(mark[1]);
      segmentStart = i + mark[0].length;
      i = segmentStart - 1;
      m++;
      continue;
    }
    const ch = text[i];
    if (i === text.length || ch === ";" || ch === "\n") {
      push(i);
      segmentStart = i + 1;
    }
  }
  return items;
}
