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

/** `flags` of a token: whitespace before it. */
const SPACED = 1;
/** `flags` of a token: a line break before it. */
const LINE_START = 2;

/**
 * A token, kept small (every phrase makes one per word, number and sign): `raw` is sliced from the
 * text only when asked for, the two booleans share one small integer, and the numeric value is kept
 * as a small integer (-1 for none), so that no token needs a boxed number for NaN.
 */
class TextToken implements Token {
  // Declared, not defined: the constructor's stores are the only ones (class-field definitions
  // would first define each field as undefined, in a separate initializer).
  declare private readonly source: string;
  declare readonly kind: TokenKind;
  declare readonly text: string;
  declare readonly start: number;
  declare readonly end: number;
  declare private readonly number: number;
  declare private readonly flags: number;
  /** The word's entry in the table of words seen (null for numbers and punctuation). */
  declare readonly entry: WordEntry | null;

  constructor(
    source: string,
    kind: TokenKind,
    text: string,
    start: number,
    end: number,
    number: number,
    flags: number,
    entry: WordEntry | null,
  ) {
    this.source = source;
    this.kind = kind;
    this.text = text;
    this.start = start;
    this.end = end;
    this.number = number;
    this.flags = flags;
    this.entry = entry;
  }

  get raw(): string {
    return this.source.slice(this.start, this.end);
  }

  get value(): number {
    return this.number >= 0 ? this.number : Number.NaN;
  }

  get spaced(): boolean {
    return (this.flags & SPACED) !== 0;
  }

  get lineStart(): boolean {
    return (this.flags & LINE_START) !== 0;
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

/** The class of a code unit: one table read (small enough to be inlined into the scan). */
function classOf(code: number): number {
  const known = classes[code] as number;
  return known !== 0 ? known : learnClass(code);
}

/** Works out the class of a code unit seen for the first time, and records it. */
function learnClass(code: number): number {
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
 * Number strings of up to four digits, by length and value ("07" and "7" differ): the digits of dates
 * and years repeat from phrase to phrase, so each is sliced once, not once per token.
 */
const numberTexts: (string | undefined)[][] = [1, 10, 100, 1000, 10_000].map((size) =>
  new Array<string | undefined>(size).fill(undefined),
);

/** The digits `text[start, end)` whose value is `value`, as a string. */
function numberText(text: string, start: number, end: number, value: number): string {
  const length = end - start;
  if (length > 4) return text.slice(start, end);
  const byValue = numberTexts[length] as (string | undefined)[];
  let digits = byValue[value];
  if (digits === undefined) {
    digits = text.slice(start, end);
    byValue[value] = digits;
  }
  return digits;
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
 * The probe reads only typed arrays (each slot's length, hash and letters' place side by side, the
 * letters in one pool), so that a word is matched without following a pointer; the entry itself is
 * read once the word is found.
 * Bounded: cleared when half full or when the pool of letters is full.
 */
const WORD_SLOTS = 4096;
const entries: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(WORD_SLOTS).fill(undefined);
/**
 * Per slot, side by side (one memory line per probe): the length of its word (0: the slot is empty),
 * the hash of the word, and where its letters start in {@link letters}.
 */
const slots = new Int32Array(WORD_SLOTS * 4);
/** The letters of the words in the table, one after another. */
const letters = new Uint16Array(1 << 16);
let lettersUsed = 0;
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

/** Whether the word whose letters start at `at` is `text[start, start + length)`. */
function sameWord(at: number, text: string, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    if (letters[at + k] !== text.charCodeAt(start + k)) return false;
  }
  return true;
}

/** The entry of the word `text[start, end)`, given the hash of its code units; made on a miss. */
function entryOf(text: string, start: number, end: number, hash: number): WordEntry {
  const length = end - start;
  let slot = hash & (WORD_SLOTS - 1);
  for (;;) {
    const base = slot << 2;
    const slotWord = slots[base] as number;
    if (slotWord === 0) break;
    if (
      slotWord === length &&
      slots[base + 1] === hash &&
      sameWord(slots[base + 2] as number, text, start, length)
    ) {
      return entries[slot] as WordEntry;
    }
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  const entry: WordEntry = {
    raw: internalized(text.slice(start, end)),
    folded: foldSlice(text, start, end),
    hash,
    owner: null,
    value: undefined,
  };
  // A word longer than the pool is read without being kept.
  if (length > letters.length) return entry;
  if (entryCount >= WORD_SLOTS / 2 || lettersUsed + length > letters.length) {
    entries.fill(undefined);
    slots.fill(0);
    entryCount = 0;
    lettersUsed = 0;
    slot = hash & (WORD_SLOTS - 1);
  }
  for (let k = 0; k < length; k++) letters[lettersUsed + k] = text.charCodeAt(start + k);
  entries[slot] = entry;
  const base = slot << 2;
  slots[base] = length;
  slots[base + 1] = hash;
  slots[base + 2] = lettersUsed;
  lettersUsed += length;
  entryCount++;
  return entry;
}

/**
 * Whether a code unit at or above U+0300 may make a text not NFC: anything outside the precomposed
 * Vietnamese letters (U+1E00–U+1EFF) and general punctuation (U+2002–U+206F: dashes, quotes).
 * Code units below U+0300 never do (no combining marks there).
 */
function mayBreakNfc(code: number): boolean {
  return (code < 0x1e00 || code > 0x1eff) && (code < 0x2002 || code > 0x206f);
}

/**
 * Splits NFC text into tokens in one linear pass. Words are matched on their accent-folded form
 * ("Tháng" → "thang"), so tone marks, their placement and case never matter.
 */
export function tokenize(text: string): Token[] {
  return scan(text, false) as Token[];
}

/**
 * The tokens of `text` when it is already NFC, found in the same pass: text made only of code units
 * below U+0300, precomposed Vietnamese letters (U+1E00–U+1EFF) and general punctuation
 * (U+2002–U+206F) is NFC. Returns null at the first other code unit: normalise the text and call
 * {@link tokenize}.
 */
export function tokenizeIfNfc(text: string): Token[] | null {
  return scan(text, true);
}

function scan(text: string, stopIfMaybeNotNfc: boolean): Token[] | null {
  const tokens: Token[] = [];
  const n = text.length;
  let spaced = true;
  let lineStart = true;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && stopIfMaybeNotNfc && mayBreakNfc(code)) return null;
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
      if (i - start <= 9) value = digits;
      word = numberText(text, start, i, digits);
    } else if (cls === LETTER) {
      let hash = code;
      for (i++; i < n; i++) {
        const c = text.charCodeAt(i);
        const k = classOf(c);
        if (k !== MARK && k !== LETTER) break;
        if (c >= 0x300 && stopIfMaybeNotNfc && mayBreakNfc(c)) return null;
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
    const flags = (spaced ? SPACED : 0) | (lineStart ? LINE_START : 0);
    tokens.push(new TextToken(text, kind, word, start, i, value, flags, entry));
    spaced = false;
    lineStart = false;
  }
  return tokens;
}
