import { foldCode } from "./foldText";

/** The kind of a token: a run of letters, a run of digits, or one other visible character. */
export type TokenKind = "word" | "number" | "punct";

/** One token of a phrase; offsets are in the NFC text. */
export interface Token {
  readonly kind: TokenKind;
  /** Folded text: lower case, no diacritics ("thang" for "Tháng"). */
  readonly text: string;
  /** The token as written (NFC). */
  readonly raw: string;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** Numeric value of a `number` token (NaN otherwise). */
  readonly value: number;
  /** Whitespace separates this token from the previous one (or it starts the text). */
  readonly spaced: boolean;
  /** A line break separates this token from the previous one (or it starts the text). */
  readonly lineStart: boolean;
}

/**
 * A token; `raw` is sliced from the text only when asked for. The numeric value is kept as a small
 * integer (-1 for none), so that no token needs a boxed number for NaN.
 */
class TextToken implements Token {
  constructor(
    private readonly source: string,
    readonly kind: TokenKind,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    private readonly number: number,
    readonly spaced: boolean,
    readonly lineStart: boolean,
    /** The word's entry in the table of words seen (null for numbers and punctuation). */
    readonly entry: WordEntry | null,
  ) {}

  get raw(): string {
    return this.source.slice(this.start, this.end);
  }

  get value(): number {
    return this.number >= 0 ? this.number : Number.NaN;
  }
}

/**
 * The token at `i`, or undefined, also for a negative `i`: `tokens[-1]` is not an array element but a
 * property lookup along the prototype chain, many times slower, and it slows every later read at that
 * place in the code. Read tokens before a position through this.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/**
 * The entry of a word token in the table of words seen (null for numbers and punctuation): it holds
 * one value a caller may cache for that word, with the caller's own object as `owner` (check it: the
 * entry may hold another caller's value). An entry lives until the table is cleared.
 */
export function wordEntry(token: Token): WordEntry | null {
  return token instanceof TextToken ? token.entry : null;
}

const SPACE = 1;
const NEWLINE = 2;
const DIGIT = 3;
const LETTER = 4;
const MARK = 5;
const OTHER = 6;
/** Character classes by UTF-16 code unit, filled lazily (0 = not yet known). */
const classes = new Uint8Array(65536);

function classOf(code: number): number {
  const known = classes[code] as number;
  if (known !== 0) return known;
  let c: number;
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) c = NEWLINE;
  else if (code >= 48 && code <= 57) c = DIGIT;
  else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) c = LETTER;
  else if (code >= 0xd800 && code <= 0xdfff) c = SPACE;
  else {
    const ch = String.fromCharCode(code);
    if (ch.trim() === "" || code === 0) c = SPACE;
    else if (/\p{M}/u.test(ch)) c = MARK;
    else if (/\p{L}/u.test(ch)) c = LETTER;
    else c = OTHER;
  }
  classes[code] = c;
  return c;
}

/** A word as written, its folded form, and one value cached for it by a caller (see {@link wordEntry}). */
export interface WordEntry {
  readonly raw: string;
  readonly folded: string;
  readonly hash: number;
  /** The caller whose value `value` is, or null. */
  owner: object | null;
  value: unknown;
}

/**
 * Words as written, interned in an open-addressing table keyed by a hash of their code units, with
 * their folded forms: a word seen before costs one pass over its letters and no allocation, every
 * token of that word shares one folded string, and all a word needs sits in one small entry.
 * Bounded: cleared when half full.
 */
const WORD_SLOTS = 4096;
const entries: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(WORD_SLOTS).fill(undefined);
let entryCount = 0;

/** The engine's one copy of `text` (a property name is such a copy: V8 internalizes it). */
function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0] ?? text;
}

/**
 * The folded form of `text[start, end)` (combining marks dropped), built as the engine's one copy of
 * that string, the one the parsers' literals ("thang", "quy") are: comparing a token's text with a
 * word is then a pointer comparison.
 */
function foldSlice(text: string, start: number, end: number): string {
  let word = "";
  for (let k = start; k < end; k++) word += foldCode(text.charCodeAt(k));
  return internalized(word);
}

/** The entry of the word `text[start, end)`, given the hash of its code units; made on a miss. */
function entryOf(text: string, start: number, end: number, hash: number): WordEntry {
  const length = end - start;
  let slot = hash & (WORD_SLOTS - 1);
  for (;;) {
    const entry = entries[slot];
    if (entry === undefined) break;
    const raw = entry.raw;
    if (entry.hash === hash && raw.length === length) {
      let same = true;
      for (let k = 0; k < length; k++) {
        if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return entry;
    }
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  if (entryCount >= WORD_SLOTS / 2) {
    entries.fill(undefined);
    entryCount = 0;
    slot = hash & (WORD_SLOTS - 1);
  }
  const entry: WordEntry = {
    raw: internalized(text.slice(start, end)),
    folded: foldSlice(text, start, end),
    hash,
    owner: null,
    value: undefined,
  };
  entries[slot] = entry;
  entryCount++;
  return entry;
}

/**
 * Splits NFC text into tokens in one linear pass. Words are matched on their accent-folded form
 * ("Tháng" → "thang"), so tone marks, their placement and case never matter.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let spaced = true;
  let lineStart = true;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === NEWLINE) {
      spaced = true;
      lineStart = true;
      i++;
      continue;
    }
    if (cls === SPACE || cls === MARK) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let word: string;
    let value = -1;
    let entry: WordEntry | null = null;
    if (cls === DIGIT) {
      let digits = code - 48;
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (classOf(d) !== DIGIT) break;
        digits = digits * 10 + (d - 48);
      }
      kind = "number";
      word = text.slice(start, i);
      if (i - start <= 9) value = digits;
    } else if (cls === LETTER) {
      let hash = code;
      for (i++; i < n; i++) {
        const c = text.charCodeAt(i);
        const k = classOf(c);
        if (k !== MARK && k !== LETTER) break;
        hash = (Math.imul(hash, 31) + c) | 0;
      }
      entry = entryOf(text, start, i, hash);
      // Combining marks (text that NFC could not compose) fold to nothing and so are dropped.
      word = entry.folded;
      kind = "word";
    } else {
      i++;
      kind = "punct";
      word = foldCode(code);
    }
    tokens.push(new TextToken(text, kind, word, start, i, value, spaced, lineStart, entry));
    spaced = false;
    lineStart = false;
  }
  return tokens;
}
