import { foldText } from "./foldText";

/** The kind of a token: a run of letters, a run of digits, or one other visible character. */
export type TokenKind = "word" | "number" | "punct";

/** One token of a phrase; offsets are in the NFC text. */
export interface Token {
  kind: TokenKind;
  /** Folded text: lower case, no diacritics ("thang" for "Tháng"). */
  text: string;
  /** The token as written (NFC). */
  raw: string;
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Numeric value of a `number` token (NaN otherwise). */
  value: number;
  /** Whitespace separates this token from the previous one (or it starts the text). */
  spaced: boolean;
  /** A line break separates this token from the previous one (or it starts the text). */
  lineStart: boolean;
}

function isLetter(c: string): boolean {
  return (c >= "a" && c <= "z") || c === "\u0301" || (c > "\u007f" && /\p{L}/u.test(c));
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** Splits NFC text into tokens in one linear pass, matching on accent-folded text. */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  let spaced = true;
  let lineStart = true;
  let i = 0;
  const n = folded.length;
  while (i < n) {
    const c = folded.charAt(i);
    if (c === "\n" || c === "\r" || c === "\u2028") {
      spaced = true;
      lineStart = true;
      i++;
      continue;
    }
    if (c.trim() === "" || c === "\u0000") {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let word: string;
    if (isDigit(c)) {
      while (i < n && isDigit(folded.charAt(i))) i++;
      kind = "number";
      word = folded.slice(start, i);
    } else if (isLetter(c)) {
      while (i < n && isLetter(folded.charAt(i))) i++;
      kind = "word";
      word = folded.slice(start, i).replace(/\u0301/g, "");
    } else {
      i++;
      kind = "punct";
      word = c;
    }
    tokens.push({
      kind,
      text: word,
      raw: text.slice(start, i),
      start,
      end: i,
      value: kind === "number" && word.length <= 9 ? Number(word) : Number.NaN,
      spaced,
      lineStart,
    });
    spaced = false;
    lineStart = false;
  }
  return tokens;
}
