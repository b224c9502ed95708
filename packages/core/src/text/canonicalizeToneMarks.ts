import { isToneInPlace, SHAPES, TONES, VOWELS } from "./toneInPlace";

interface Letter {
  base: string;
  marks: string[];
}

function splitLetters(nfd: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of nfd) {
    const last = letters[letters.length - 1];
    if (/\p{M}/u.test(ch) && last) last.marks.push(ch);
    else letters.push({ base: ch, marks: [] });
  }
  return letters;
}

/**
 * Places the tone mark of one Vietnamese syllable by the traditional rule
 * (the one the seed documents use: "hòa", "thủy", "khỏe"). Returns the word
 * unchanged when it is not a Vietnamese syllable with exactly one tone mark.
 */
function canonicalizeSyllable(word: string): string {
  const letters = splitLetters(word.normalize("NFD"));
  let tone: string | null = null;
  for (const letter of letters) {
    for (const mark of letter.marks) {
      if (TONES.has(mark)) {
        if (tone !== null) return word;
        tone = mark;
      }
    }
  }
  if (tone === null) return word;
  for (const letter of letters) letter.marks = letter.marks.filter((m) => !TONES.has(m));
  const lower = letters.map((l) => l.base.toLowerCase());
  // The vowel cluster: the first run of vowels, after "qu" and "gi" (+ vowel) initials.
  let start = lower.findIndex((c) => VOWELS.has(c));
  if (start < 0) return word;
  if (start > 0 && lower[start - 1] === "q" && lower[start] === "u") start++;
  else if (
    start > 0 &&
    lower[start - 1] === "g" &&
    lower[start] === "i" &&
    VOWELS.has(lower[start + 1] ?? "")
  ) {
    start++;
  }
  let end = start;
  while (end < lower.length && VOWELS.has(lower[end] ?? "")) end++;
  if (end === start) {
    // "gì", "quý" written with the tone on the initial's vowel: keep it there.
    end = start;
    start = start - 1;
    if (start < 0) return word;
    end = start + 1;
  }
  const hasFinal = end < lower.length;
  let target = -1;
  for (let i = end - 1; i >= start; i--) {
    if (letters[i]?.marks.some((m) => SHAPES.has(m))) {
      target = i;
      break;
    }
  }
  if (target < 0) {
    const size = end - start;
    if (size === 1) target = start;
    else if (size === 2) target = hasFinal ? start + 1 : start;
    else target = start + 1;
  }
  const at = letters[target];
  if (!at) return word;
  at.marks.push(tone);
  return letters
    .map((l) => l.base + l.marks.join(""))
    .join("")
    .normalize("NFC");
}

/**
 * Puts every tone mark where the traditional orthography places it, so that
 * "hoà" and "hòa", "thuỷ" and "thủy", "khoẻ" and "khỏe" compare equal. The text
 * is returned in NFC; words that are not Vietnamese syllables are kept as written.
 *
 * @example
 * ```ts
 * import { canonicalizeToneMarks } from "@kehoach/core";
 *
 * canonicalizeToneMarks("Văn hoá"); // "Văn hóa"
 * ```
 */
export function canonicalizeToneMarks(text: string): string {
  const nfc = text.normalize("NFC");
  return placeLatinWords(nfc) ?? nfc.replace(/\p{L}+/gu, canonicalWord);
}

/** Where the letter table ends: Latin, Latin-1, Latin Extended-A/B, Latin Extended Additional (Vietnamese). */
const LETTER_TABLE_END = 0x1f00;
let latinLetters: Uint8Array | null = null;

/** 1 for each character below {@link LETTER_TABLE_END} that `\p{L}` matches, 2 for an ASCII letter. */
function latinLetterTable(): Uint8Array {
  const table = new Uint8Array(LETTER_TABLE_END);
  for (let code = 0; code < LETTER_TABLE_END; code++)
    if (/\p{L}/u.test(String.fromCharCode(code))) table[code] = code < 0x80 ? 2 : 1;
  return table;
}

/**
 * The words of a text of characters below U+1F00 placed as the full path
 * places them (the same runs of letters, ASCII words kept as they are),
 * building a new string only when a word changes; null for a text with other
 * characters, which takes the full path.
 */
function placeLatinWords(text: string): string | null {
  latinLetters ??= latinLetterTable();
  let out: string | null = null;
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= LETTER_TABLE_END) return null;
    if (latinLetters[code] === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= LETTER_TABLE_END) return null;
      const kind = latinLetters[c]!;
      if (kind === 0) break;
      if (kind === 1) ascii = false;
    }
    // Most words are ASCII or have their tone in place already: nothing to slice or look up.
    if (ascii || isToneInPlace(text, start, i)) continue;
    const word = text.slice(start, i);
    const placed = canonicalWord(word);
    if (placed === word) continue;
    out = `${out ?? ""}${text.slice(copied, start)}${placed}`;
    copied = i;
  }
  return out === null ? text : `${out}${text.slice(copied)}`;
}

/** Words already placed: Vietnamese has a few thousand syllables, so a bounded cache saves the NFD round trips. */
const syllableCache = new Map<string, string>();
const SYLLABLE_CACHE_SIZE = 20_000;
const ASCII_WORD = /^[A-Za-z]+$/u;
const NON_LATIN = /[^\p{Script=Latin}]/u;

function canonicalWord(word: string): string {
  if (ASCII_WORD.test(word)) return word;
  const cached = syllableCache.get(word);
  if (cached !== undefined) return cached;
  const placed = NON_LATIN.test(word) ? word : canonicalizeSyllable(word);
  if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
  syllableCache.set(word, placed);
  return placed;
}
