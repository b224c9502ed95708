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
    /** The word's slot in the table of words seen (-1 for numbers and punctuation). */
    readonly slot: number,
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
 * A number naming the word of a token while the table of words seen keeps it (0 to `WORD_SLOTS - 1`),
 * -1 for numbers and punctuation: lets a caller cache what it knows of a word in an array. Check the
 * token's text against what was cached: a slot is reused once the table is cleared.
 */
export function wordSlot(token: Token): number {
  return token instanceof TextToken ? token.slot : -1;
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

/**
 * Words as written, interned in an open-addressing table keyed by a hash of their code units, with
 * their folded forms: a word seen before costs one pass over its letters and no allocation, and every
 * token of that word shares one folded string. Bounded: cleared when half full.
 */
export const WORD_SLOTS = 4096;
/** Per slot: 0 when empty, else the word's length (≥ 1), then its hash; read before the word itself. */
const slotKeys = new Int32Array(WORD_SLOTS * 2);
const slotRaw: (string | undefined)[] = new Array<string | undefined>(WORD_SLOTS).fill(undefined);
const slotFolded: string[] = new Array<string>(WORD_SLOTS).fill("");
let slotCount = 0;

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

/** The slot of the word `text[start, end)`, given the hash of its code units; filled on a miss. */
function wordSlotOf(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let slot = hash & (WORD_SLOTS - 1);
  for (;;) {
    const stored = slotKeys[slot * 2] as number;
    if (stored === 0) break;
    if (stored === length && slotKeys[slot * 2 + 1] === hash) {
      const raw = slotRaw[slot] as string;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return slot;
    }
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  if (slotCount >= WORD_SLOTS / 2) {
    slotKeys.fill(0);
    slotRaw.fill(undefined);
    slotCount = 0;
    slot = hash & (WORD_SLOTS - 1);
  }
  slotRaw[slot] = internalized(text.slice(start, end));
  slotFolded[slot] = foldSlice(text, start, end);
  slotKeys[slot * 2] = length;
  slotKeys[slot * 2 + 1] = hash;
  slotCount++;
  return slot;
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
    let slot = -1;
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
      slot = wordSlotOf(text, start, i, hash);
      // Combining marks (text that NFC could not compose) fold to nothing and so are dropped.
      word = slotFolded[slot] as string;
      kind = "word";
    } else {
      i++;
      kind = "punct";
      word = foldCode(code);
    }
    tokens.push(new TextToken(text, kind, word, start, i, value, spaced, lineStart, slot));
    spaced = false;
    lineStart = false;
  }
  return tokens;
}
