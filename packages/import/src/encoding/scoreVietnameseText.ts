/**
 * How much a decoded text reads as Vietnamese: the evidence an encoding
 * decision weighs. Only what differs between encodings counts: words with a
 * letter beyond ASCII, and characters beyond ASCII that are not letters.
 */

/** The five tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSET = "(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?";
/** Vowel nuclei that end in a glide (ai, ao, iêu…): nothing may follow them. Longest first. */
const OPEN_NUCLEUS =
  "(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|ươi|ươu|uêu|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)";
/** Vowel nuclei that may take a final consonant. Longest first. */
const CLOSABLE_NUCLEUS = "(?:uyê|iê|yê|oa|oă|oe|uâ|uê|uô|uơ|ươ|uy|oo|ôô|[aăâeêioôơuưy])";
/** Final consonants ("k" for minority place names: Đắk Lắk). */
const CODA = "(?:ch|ng|nh|[cmnptk])?";
const SYLLABLE = new RegExp(`^${ONSET}(?:${OPEN_NUCLEUS}|${CLOSABLE_NUCLEUS}${CODA})$`, "u");
/** Capitals of the Vietnamese alphabet, no tone: an abbreviation ("TTĐT", "ĐVT") is neither evidence nor error. */
const ABBREVIATION = /^[A-ZĂÂĐÊÔƠƯ]+$/u;
const WORD = /[\p{L}\p{M}]+/gu;
const ASCII_ONLY = /^[A-Za-z]*$/u;

/**
 * Whether a word is one Vietnamese syllable: an onset, a vowel nucleus, a
 * final, and at most one tone mark (on any letter: placement varies).
 * Case-insensitive; the word may be composed or decomposed.
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, "").normalize("NFC"));
}

/** Punctuation and symbols beyond ASCII that Vietnamese documents use. */
const COMMON_SYMBOLS = new Set([..."\u00a0«»°±²³·×÷§¶–—‘’‚“”„•…‰€№™→←↑↓≤≥≈≠−√∞■□▪▫●○◦✓✔✗"]);

/** Whether a character beyond ASCII is out of place in a Vietnamese text. */
function isOddCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r" && char !== "\f";
  if (COMMON_SYMBOLS.has(char)) return false;
  if (code >= 0x2460 && code <= 0x24ff) return false; // ①, ⓐ
  if (!/\p{L}|\p{M}/u.test(char)) return true;
  // Latin letters, combining marks and the precomposed Vietnamese letters; any other script is odd.
  return !(code <= 0x24f || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff));
}

/** The evidence of one decoding. */
export interface VietnameseScore {
  /** Words beyond ASCII that are Vietnamese syllables. */
  syllables: number;
  /** Words beyond ASCII that are not (mojibake makes these). */
  broken: number;
  /** Characters beyond ASCII that no Vietnamese text holds: stray symbols, controls, other scripts, U+FFFD. */
  odd: number;
  /** syllables / (syllables + broken + odd); 1 when there is no evidence either way. */
  quality: number;
}

/**
 * Scores a decoded text (any normalisation). A right decoding of a
 * Vietnamese text has nearly every accented word a syllable and no odd
 * characters; a wrong one breaks words ("PhoÌng", "Ðõn") and leaves stray
 * symbols ("ho¹ch") or another script (UTF-16 read the wrong way round).
 */
export function scoreVietnameseText(text: string): VietnameseScore {
  let syllables = 0;
  let broken = 0;
  let odd = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (ASCII_ONLY.test(word)) continue;
    if (isVietnameseSyllable(word)) syllables++;
    else if (!ABBREVIATION.test(word.normalize("NFC"))) broken++;
  }
  for (const char of text) if (isOddCharacter(char)) odd++;
  const total = syllables + broken + odd;
  return { syllables, broken, odd, quality: total === 0 ? 1 : syllables / total };
}
