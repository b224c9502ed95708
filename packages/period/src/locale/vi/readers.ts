/**
 * Token readers shared by the Vietnamese parsers: each looks at a bounded
 * number of tokens from a position and returns what it read and where it stopped.
 */
import { type Token, tokenAt } from "../../text/tokenize";
import { MONTH_WORDS, NUMBER_WORDS, ROMAN } from "./constants";

/** A value read from the tokens and the index of the first token after it. */
export interface Read<T> {
  value: T;
  next: number;
}

/** Separators a year follows a date with: "/2024", "-2024", ".2024" (lists built once, not at each call). */
export const YEAR_SEPARATORS: readonly string[] = ["/", "-", "."];
export const YEAR_SEPARATORS_OR_COMMA: readonly string[] = ["/", "-", ".", ","];
export const SLASH_OR_DASH: readonly string[] = ["/", "-"];
export const DASH_OR_DOT: readonly string[] = ["-", "."];
export const NO_SEPARATORS: readonly string[] = [];
const AM_LICH: readonly string[] = ["am", "lich"];

/** The folded word at `i`, or "" when there is none or it is not a word. */
export function wordAt(tokens: readonly Token[], i: number): string {
  const t = tokenAt(tokens, i);
  return t && t.kind === "word" ? t.text : "";
}

/** The token text at `i` (any kind), or "". */
export function textAt(tokens: readonly Token[], i: number): string {
  return tokenAt(tokens, i)?.text ?? "";
}

/** Whether tokens from `i` spell `words` (folded). */
export function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (textAt(tokens, i + k) !== words[k]) return false;
  return true;
}

/** Whether the token at `i` touches the previous one (no space between). */
export function glued(tokens: readonly Token[], i: number): boolean {
  const t = tokenAt(tokens, i);
  return t !== undefined && !t.spaced;
}

/** Reads a number token (up to `maxDigits` digits). */
export function readNumber(tokens: readonly Token[], i: number, maxDigits = 4): Read<number> | null {
  const t = tokens[i];
  if (t?.kind !== "number" || t.text.length > maxDigits) return null;
  return { value: t.value, next: i + 1 };
}

/** Reads a four-digit year 1000–2999, or a two-digit one (→ 2000 + YY) when `allowShort`. */
export function readYearNumber(tokens: readonly Token[], i: number, allowShort = false): Read<number> | null {
  const t = tokens[i];
  if (t?.kind !== "number") return null;
  if (t.text.length === 4 && t.value >= 1000 && t.value <= 2999) return { value: t.value, next: i + 1 };
  if (allowShort && t.text.length === 2) return { value: 2000 + t.value, next: i + 1 };
  return null;
}

/** Whether the token at `i` is a date separator: "/", "-", ".", "–". */
export function isDateSeparator(tokens: readonly Token[], i: number): boolean {
  const s = textAt(tokens, i);
  return s === "/" || s === "-" || s === ".";
}

/** Reads a month number: digits 1–12, a Roman numeral, or a month word ("Mười Hai", "Giêng", "Chạp"). */
export function readMonthValue(tokens: readonly Token[], i: number): Read<number> | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "number") {
    if (t.text.length <= 2 && t.value >= 1 && t.value <= 12) return { value: t.value, next: i + 1 };
    return null;
  }
  if (t.kind !== "word") return null;
  if (t.text === "muoi") {
    const second = wordAt(tokens, i + 1);
    if (second === "mot") return { value: 11, next: i + 2 };
    if (second === "hai") return { value: 12, next: i + 2 };
    return { value: 10, next: i + 1 };
  }
  const roman = ROMAN[t.text];
  if (roman !== undefined) return { value: roman, next: i + 1 };
  const word = MONTH_WORDS[t.text];
  if (word === undefined) return null;
  // "tháng sau" (next month) and "tháng Sáu" (June) fold alike: only the accented spelling is June.
  if (t.text === "sau" && t.raw.toLowerCase() === "sau") return null;
  return { value: word, next: i + 1 };
}

/** Reads a quarter number: 1–4 or I–IV. */
export function readQuarterValue(tokens: readonly Token[], i: number): Read<number> | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "number" && t.text.length === 1 && t.value >= 1 && t.value <= 4)
    return { value: t.value, next: i + 1 };
  if (t.kind === "word") {
    const roman = ROMAN[t.text];
    if (roman !== undefined && roman <= 4) return { value: roman, next: i + 1 };
    const word = NUMBER_WORDS[t.text];
    if (word !== undefined && word <= 4 && t.text !== "tu") return { value: word, next: i + 1 };
  }
  return null;
}

/**
 * Reads a year suffix after a date: "/2024", "-2024", ".2024", "năm 2024", "năm nay", or ", năm 2024".
 * Returns the year (or an offset for "năm nay/sau/trước") and where it stops.
 */
export function readYearSuffix(
  tokens: readonly Token[],
  i: number,
  separators: readonly string[] = YEAR_SEPARATORS,
): Read<{ year?: number; offset?: number }> | null {
  const s = textAt(tokens, i);
  if (separators.includes(s)) {
    const y = readYearNumber(tokens, i + 1);
    if (y) return { value: { year: y.value }, next: y.next };
    return null;
  }
  let j = i;
  if (s === ",") j++;
  if (wordAt(tokens, j) === "nam") {
    const y = readYearNumber(tokens, j + 1);
    if (y) return { value: { year: y.value }, next: y.next };
    const rel = readYearOffsetWord(tokens, j + 1);
    if (rel) return { value: { offset: rel.value }, next: rel.next };
  }
  return null;
}

/**
 * Reads "nay" (0), "sau"/"toi" (+1), "liền kề" / "liền kề sau" (+1: the year right after the reference
 * year, "trước ngày 31/01 năm liền kề"), "truoc"/"ngoai" (−1) after "năm".
 */
export function readYearOffsetWord(tokens: readonly Token[], i: number): Read<number> | null {
  const w = wordAt(tokens, i);
  if (w === "nay") return { value: 0, next: i + 1 };
  if (w === "sau" || w === "toi") return { value: 1, next: i + 1 };
  if (w === "lien" && wordAt(tokens, i + 1) === "ke") {
    return { value: 1, next: wordAt(tokens, i + 2) === "sau" ? i + 3 : i + 2 };
  }
  if (w === "ngoai") return { value: -1, next: i + 1 };
  if (w === "truoc" && !readNumber(tokens, i + 1)) return { value: -1, next: i + 1 };
  return null;
}

/** Reads a lunar marker after a date: "âm lịch", "âl", "(âm lịch)", "(ÂL)". */
export function readLunarMarker(tokens: readonly Token[], i: number): number | null {
  let j = i;
  const paren = textAt(tokens, j) === "(";
  if (paren) j++;
  if (matchWords(tokens, j, AM_LICH)) j += 2;
  else if (wordAt(tokens, j) === "al") j += 1;
  else return null;
  if (paren) {
    if (textAt(tokens, j) !== ")") return null;
    j++;
  }
  return j;
}
