/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng. */
export const TONES: ReadonlySet<string> = new Set(["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]);
/** Combining marks that make ă â ê ô ơ ư. */
export const SHAPES: ReadonlySet<string> = new Set(["\u0306", "\u0302", "\u031b"]);
/** The bases of the vowel letters. */
export const VOWELS: ReadonlySet<string> = new Set(["a", "e", "i", "o", "u", "y"]);

/** A letter of the table: a precomposed Vietnamese letter, an ASCII letter, "đ" or "Đ". */
const LETTER = 1;
const VOWEL = 2;
const TONE = 4;
const SHAPE = 8;
const TABLE_END = 0x1f00;
let letterTable: { flags: Uint8Array; base: Uint16Array } | null = null;

/**
 * For each character below U+1F00 whose NFD is an ASCII letter with at most one
 * tone mark and one shape mark (every Vietnamese letter), or "đ"/"Đ": its flags
 * and its base in lower case, as `canonicalizeSyllable` sees the letter it
 * splits off. Other characters get no flags: the full path decides for them.
 */
function buildLetterTable(): { flags: Uint8Array; base: Uint16Array } {
  const flags = new Uint8Array(TABLE_END);
  const base = new Uint16Array(TABLE_END);
  for (let code = 0; code < TABLE_END; code++) {
    const ch = String.fromCharCode(code);
    if (!/\p{L}/u.test(ch) || ch.normalize("NFC") !== ch) continue;
    const [head = "", ...marks] = ch.normalize("NFD");
    const lower = head.toLowerCase();
    const ascii = /^[a-z]$/u.test(lower);
    if (!ascii && lower !== "đ") continue;
    const tones = marks.filter((m) => TONES.has(m)).length;
    const shapes = marks.filter((m) => SHAPES.has(m)).length;
    if (tones + shapes !== marks.length || tones > 1 || shapes > 1) continue;
    flags[code] =
      LETTER | (VOWELS.has(lower) ? VOWEL : 0) | (tones > 0 ? TONE : 0) | (shapes > 0 ? SHAPE : 0);
    base[code] = lower.charCodeAt(0);
  }
  return { flags, base };
}

/** Whether a vowel of the table stands at `at` (before `to`); the table is built. */
function isVowelAt(text: string, at: number, to: number): boolean {
  return at < to && (letterTable!.flags[text.charCodeAt(at)]! & VOWEL) !== 0;
}

const Q = 0x71;
const U = 0x75;
const G = 0x67;
const I = 0x69;

/**
 * Whether the word `text.slice(from, to)` (an NFC run of letters) certainly
 * comes out of `canonicalizeSyllable` unchanged: made of letters of the
 * table only, and with no tone, two tones, no vowel, or its one tone already
 * on the letter the traditional rule picks — the same steps, on character
 * codes, without slicing the word. False means only that the full path must
 * decide.
 */
export function isToneInPlace(text: string, from: number, to: number): boolean {
  letterTable ??= buildLetterTable();
  const { flags, base } = letterTable;
  let toned = -1;
  let tones = 0;
  let firstVowel = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const f = code < TABLE_END ? flags[code]! : 0;
    if (f === 0) return false;
    if (f & TONE) {
      tones++;
      toned = i;
    }
    if (firstVowel < 0 && f & VOWEL) firstVowel = i;
  }
  if (tones !== 1 || firstVowel < 0) return true;
  // The vowel cluster: the first run of vowels, after "qu" and "gi" (+ vowel) initials.
  let start = firstVowel;
  const before = start > from ? base[text.charCodeAt(start - 1)] : 0;
  const first = base[text.charCodeAt(start)];
  if (before === Q && first === U) start++;
  else if (before === G && first === I && isVowelAt(text, start + 1, to)) start++;
  let end = start;
  while (isVowelAt(text, end, to)) end++;
  // "gì", "quý" with the tone on the initial's vowel: the letter before.
  if (end === start) end = start--;
  let target = -1;
  for (let i = end - 1; i >= start && target < 0; i--) if (flags[text.charCodeAt(i)]! & SHAPE) target = i;
  if (target < 0) {
    const size = end - start;
    target = size === 1 ? start : size === 2 ? (end < to ? start + 1 : start) : start + 1;
  }
  return target === toned;
}
