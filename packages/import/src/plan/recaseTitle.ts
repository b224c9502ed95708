import { isWhiteSpaceCode } from "@kehoach/core";

const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Whether a UTF-16 code unit is surely a letter or digit: ASCII ones, Latin-1 and Latin Extended letters, Vietnamese ones. */
function isPlainLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** The word without the punctuation around it (a word that starts and ends with a letter is returned as it is). */
function bare(word: string): string {
  if (word === "") return word;
  if (isPlainLetterOrDigit(word.charCodeAt(0)) && isPlainLetterOrDigit(word.charCodeAt(word.length - 1)))
    return word;
  return word.replace(EDGES, "");
}

function mostFrequent(counts: Map<string, number> | undefined): string | null {
  if (counts === undefined) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [variant, count] of counts) {
    if (count > bestCount) {
      best = variant;
      bestCount = count;
    }
  }
  return best;
}

function bump(map: Map<string, Map<string, number>>, key: string, variant: string): void {
  let counts = map.get(key);
  if (counts === undefined) {
    counts = new Map();
    map.set(key, counts);
  }
  counts.set(variant, (counts.get(variant) ?? 0) + 1);
}

/** How the document writes its words: each word's spellings, alone and before the next word. */
export interface CaseIndex {
  single: Map<string, Map<string, number>>;
  pair: Map<string, Map<string, number>>;
}

const WHITESPACE = /\s+/u;
const LETTER = /\p{L}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NUMBERED_PARTS = new Set(["lục", "phần", "mục", "chương", "biểu", "điều"]);
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** The lower-case words of title lines: the only words {@link recaseTitle} looks up in the index. */
export function titleWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines)
    for (const token of line.normalize("NFC").trim().split(WHITESPACE)) words.add(bare(token).toLowerCase());
  return words;
}

/** Where the white-space-delimited token holding `at` ends. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isWhiteSpaceCode(text.charCodeAt(end))) end++;
  return end;
}

/** The first word (token with a letter or digit) from `from` on, without its punctuation. */
function wordFrom(text: string, from: number): string | undefined {
  let start = from;
  while (start < text.length) {
    if (isWhiteSpaceCode(text.charCodeAt(start))) {
      start++;
      continue;
    }
    const end = tokenEnd(text, start);
    const word = bare(text.slice(start, end));
    if (word !== "") return word;
    start = end;
  }
  return undefined;
}

/** Counts a word's spelling, alone and before the next word. */
type Count = (word: string, lower: string, next: string | undefined) => void;

/** Counts every word of a cell but its first (the full path: the cell is split into words). */
function countWords(text: string, only: ReadonlySet<string> | undefined, count: Count): void {
  const words: string[] = [];
  for (const token of text.split(WHITESPACE)) {
    const word = bare(token);
    if (word !== "") words.push(word);
  }
  // The first word of a cell is capitalised as a sentence start: it says nothing.
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    if (only !== undefined && !only.has(lower)) continue;
    if (word === word.toUpperCase() && LETTER.test(word)) continue;
    count(word, lower, words[i + 1]);
  }
}

const SYNTAX_CHARACTER = /[\\^$.*+?()[\]{}|/]/gu;

/**
 * A pattern finding any of the words, as `indexOf` would (code unit by code
 * unit: no `u` flag); one pass over a cell instead of one per word.
 */
function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((word) => word.replace(SYNTAX_CHARACTER, "\\$&")).join("|"), "g");
}

/**
 * {@link countWords} for the wanted words only, without splitting the cell:
 * the tokens holding a wanted word in the cell's lower case are found with
 * one pattern and only they are read. That needs the lower case to line up
 * with the cell character for character; it does unless the cell holds "İ"
 * (whose lower case is two characters: the lengths differ) or "Σ" (whose
 * lower case depends on the letters around it). Returns false for such a
 * cell, which then takes the full path.
 */
function countWantedWords(text: string, wanted: RegExp, only: ReadonlySet<string>, count: Count): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes("\u03a3")) return false;
  // The starts of the tokens holding a wanted word, in order (words hold no white space).
  let starts: number[] | null = null;
  wanted.lastIndex = 0;
  while (wanted.test(lower)) {
    let start = wanted.lastIndex - 1;
    while (start > 0 && !isWhiteSpaceCode(text.charCodeAt(start - 1))) start--;
    starts ??= [];
    starts.push(start);
    // The rest of the token adds nothing: go on after it.
    wanted.lastIndex = tokenEnd(text, wanted.lastIndex);
  }
  if (starts === null) return true;
  // Tokens before the first letter or digit have no word: the cell's first word is the token holding it.
  const first = text.search(WORD_CHARACTER);
  for (const start of starts) {
    if (start <= first) continue;
    const end = tokenEnd(text, start);
    const word = bare(text.slice(start, end));
    const lowerWord = word.toLowerCase();
    if (word === "" || !only.has(lowerWord) || (word === word.toUpperCase() && LETTER.test(word))) continue;
    count(word, lowerWord, wordFrom(text, end));
  }
  return true;
}

/**
 * Counts how the document's cells write each word (at most 512 KiB of
 * text is read), for {@link recaseTitle}. Built once per document; with
 * `only`, only those (lower-case) words are counted, alone and before
 * their next word: the index of the words the titles use ({@link titleWords}),
 * read from the tokens that hold them, not from every word of every cell.
 */
export function buildCaseIndex(corpus: Iterable<string>, only?: ReadonlySet<string>): CaseIndex {
  const single = new Map<string, Map<string, number>>();
  const pair = new Map<string, Map<string, number>>();
  const count: Count = (word, lower, next) => {
    bump(single, lower, word);
    if (next !== undefined) bump(pair, `${lower} ${next.toLowerCase()}`, word);
  };
  const words = only === undefined ? [] : [...only].filter((word) => word !== "");
  // No word to count (only "" asked for): no cell adds anything.
  if (only !== undefined && words.length === 0) return { single, pair };
  const wanted = anyOf(words);
  let budget = 512 * 1024;
  for (const cell of corpus) {
    if (budget <= 0) break;
    budget -= cell.length;
    const text = cell.normalize("NFC");
    if (only === undefined || !countWantedWords(text, wanted, only, count)) countWords(text, only, count);
  }
  return { single, pair };
}

/**
 * Restores the case of an all-capitals title line from the document's own
 * text: each word is written as it is most often written before the same next
 * word ("NGÀY GIẢI PHÓNG THỦ ĐÔ" → "Ngày Giải phóng Thủ đô"), else as it is
 * most often written at all, else in lower case; the first letter is then
 * capitalised unless `continuing`. Lines that are not all capitals are
 * returned as they are. `corpus` is the document's cell texts, or an index
 * of them from {@link buildCaseIndex} (build it once when recasing several lines).
 */
export function recaseTitle(
  title: string,
  corpus: readonly string[] | CaseIndex,
  continuing = false,
): string {
  const text = title.normalize("NFC").trim();
  if (text === "" || text !== text.toUpperCase() || text === text.toLowerCase()) return text;
  const { single, pair } = "single" in corpus ? corpus : buildCaseIndex(corpus);
  const tokens = text.split(WHITESPACE);
  const out = tokens.map((token, i) => {
    const word = bare(token);
    if (word === "" || !LETTER.test(word)) return token;
    // A section number ("III.") and a numbered part ("PHỤ LỤC II") stay as written; "VI PHẠM" does not.
    const before = bare(tokens[i - 1] ?? "").toLowerCase();
    if (ROMAN.test(word) && ((i === 0 && /[.)]$/u.test(token)) || NUMBERED_PARTS.has(before))) return token;
    const lower = word.toLowerCase();
    const next = bare(tokens[i + 1] ?? "").toLowerCase();
    const variant = mostFrequent(pair.get(`${lower} ${next}`)) ?? mostFrequent(single.get(lower)) ?? lower;
    return token.replace(word, variant);
  });
  const joined = out.join(" ");
  if (continuing) return joined;
  // The first word after a section number starts the sentence: "III. Một số hoạt động".
  return joined.replace(
    /^((?:[IVXLC]+[.)]\s+)?)(\p{L})/u,
    (_, number: string, letter: string) => `${number}${letter.toUpperCase()}`,
  );
}
