import { z } from "zod";
import { LevelSchema, type Target } from "../model/Activity";
import { canonicalizeToneMarks } from "../text/canonicalizeToneMarks";
import { isWhiteSpaceCode } from "../text/isWhiteSpaceCode";
import { normalizeWithOffsets } from "../text/normalizeWithOffsets";
import { COUNTED_NOUNS, NOT_TARGET_WORDS } from "./countedNouns";

/** Options of {@link findTargets}. */
export const FindTargetsOptionsSchema = z.object({
  /** The level of the expected-result column the text comes from. */
  level: LevelSchema,
  /** Extra counted nouns, tried before the built-in ones. */
  nouns: z.array(z.string().min(1)).default([]),
});
/** What {@link FindTargetsOptionsSchema} accepts (before defaults are filled in): options of {@link findTargets}. */
export type FindTargetsOptions = z.input<typeof FindTargetsOptionsSchema>;

/**
 * A quantity: digits, or thousands grouped by dots ("1.200"), not inside a word, a date, a
 * code or a decimal. Run with `test` (no match array per number): a match is digits and dots
 * only and the character before it is neither, so its start is found by walking back from `lastIndex`.
 */
const NUMBER = /(?<![\p{L}\p{N}/.,:-])(\d{1,3}(?:\.\d{3})+|\d{1,7})(?![\p{N}/])(?![.,]\d)/gu;
const ANY_DIGIT = /[0-9]/u;
const NUMBER_MARK = /\((\d{1,2})\)/gu;
/** Words before a number that make it an ordinal or a document number ("lần thứ 49", "số 12"). */
const ORDINAL_WORDS = ["thứ", "số", "lần", "khóa", "kỳ"] as const;
/** How far before a number {@link ORDINAL_WORDS} are looked for (the word and the white space after it). */
const ORDINAL_REACH = 12;
/** How far after a number its noun is looked for: a longer noun is not read. */
const NOUN_REACH = 40;
const WORD_AT_START = /^[\p{L}%]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function key(text: string): string {
  return canonicalizeToneMarks(text).toLowerCase();
}

interface NounKey {
  text: string;
  key: string;
}

function nounKeys(nouns: readonly string[]): NounKey[] {
  return nouns.map((n) => ({ text: n, key: key(n) })).sort((a, b) => b.key.length - a.key.length);
}

/** Nouns by their key's first character, each list in the order of the whole list (longest first). */
type NounIndex = Map<string, NounKey[]>;

function indexNouns(keys: readonly NounKey[]): NounIndex {
  const index: NounIndex = new Map();
  for (const noun of keys) {
    const first = noun.key.charAt(0);
    const list = index.get(first);
    if (list === undefined) index.set(first, [noun]);
    else list.push(noun);
  }
  return index;
}

// The built-in tables are keyed once, on first use, not on every call.
let builtIn: NounIndex | null = null;
let stopSet: Set<string> | null = null;

function builtInNouns(): NounIndex {
  builtIn ??= indexNouns(nounKeys(COUNTED_NOUNS));
  return builtIn;
}

function stopWords(): Set<string> {
  stopSet ??= new Set(NOT_TARGET_WORDS.map(key));
  return stopSet;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const DOT = 0x2e;
const OPEN = 0x28;
const CLOSE = 0x29;

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** Whether a "(n)" item mark (one or two digits) starts at `at`: tested on character codes, nothing copied per character. */
function markAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== OPEN || !isDigitAt(text, at + 1)) return false;
  const close = isDigitAt(text, at + 2) ? at + 3 : at + 2;
  return text.charCodeAt(close) === CLOSE;
}

/** Whether "(n" or "(nn" ends just before `end` (the `)` of an item mark is at `end`). */
function markOpensBefore(text: string, end: number): boolean {
  if (!isDigitAt(text, end - 1)) return false;
  if (end >= 2 && text.charCodeAt(end - 2) === OPEN) return true;
  return end >= 3 && isDigitAt(text, end - 2) && text.charCodeAt(end - 3) === OPEN;
}

/** White space at `at`, a position past the end counting as white space. */
function spaceOrEndAt(text: string, at: number): boolean {
  return at >= text.length || isWhiteSpaceCode(text.charCodeAt(at));
}

/** What may lead a clause and is dropped from it: white space, "-", "–", "•", "+". */
function isClauseLeader(code: number): boolean {
  return isWhiteSpaceCode(code) || code === 0x2d || code === 0x2013 || code === 0x2022 || code === 0x2b;
}

function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (code === 0x3b || code === 0x0a || (code === DOT && spaceOrEndAt(text, start))) break;
    if (code === CLOSE && markOpensBefore(text, start - 1)) break;
    start--;
  }
  let end = to;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // Any period ends it on this side: the pattern this replaced, `/\s|$/`, matched every text.
    if (code === 0x3b || code === 0x0a || code === DOT || markAt(text, end)) break;
    end++;
  }
  while (start < end && isClauseLeader(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Where the number that ends at `end` starts: its digits and dots (the character before it is neither). */
function numberStart(text: string, end: number): number {
  let at = end;
  for (let code = text.charCodeAt(at - 1); (code >= DIGIT_0 && code <= DIGIT_9) || code === DOT; )
    code = text.charCodeAt(--at - 1);
  return at;
}

/** Whether one of {@link ORDINAL_WORDS}, then only white space, ends at `at` within {@link ORDINAL_REACH} characters. */
function ordinalBefore(lower: string, at: number): boolean {
  const from = Math.max(0, at - ORDINAL_REACH);
  let end = at;
  while (end > from && isWhiteSpaceCode(lower.charCodeAt(end - 1))) end--;
  for (const word of ORDINAL_WORDS)
    if (end - word.length >= from && lower.startsWith(word, end - word.length)) return true;
  return false;
}

/** The first noun (longest first) written at `cursor` and not run on into a letter or digit, within {@link NOUN_REACH}. */
function nounAt(nouns: NounIndex, lower: string, cursor: number): NounKey | undefined {
  const list = nouns.get(lower.charAt(cursor));
  if (list === undefined) return undefined;
  const limit = Math.min(lower.length, cursor + NOUN_REACH);
  for (const noun of list) {
    const end = cursor + noun.key.length;
    if (end > limit || !lower.startsWith(noun.key, cursor)) continue;
    if (end < limit && LETTER_OR_DIGIT.test(lower.charAt(end))) continue;
    return noun;
  }
  return undefined;
}

interface ItemMark {
  at: number;
  end: number;
  n: number;
}

/** Whether `at` falls inside a "(n)" mark. */
function insideMark(marks: readonly ItemMark[], at: number): boolean {
  for (const mark of marks) if (at > mark.at && at < mark.end) return true;
  return false;
}

/** The number of the last "(n)" mark (in text order) that ends at or before `at`, or null. */
function leadMark(marks: readonly ItemMark[], at: number): number | null {
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i]!.end <= at) return marks[i]!.n;
  return null;
}

/**
 * Finds the quantified targets of an expected result: "tặng quà 55 gia đình
 * chính sách" → `{ quantity: 55, noun: "gia đình chính sách" }`, "17 trường hợp",
 * "05 hộ gia đình", "02 nhà", "11 tuyến phố". Each target carries its clause,
 * the level, the "(n)" item it stands under (`lead`) and the span of quantity and
 * noun in `text`. Dates, years, ordinals ("lần thứ 49"), "(1)" markers and
 * measures ("70 năm", "10%") are not targets. Never throws.
 */
export function findTargets(text: string, options: FindTargetsOptions): Target[] {
  if (typeof text !== "string") return [];
  const parsed = targetOptions(options);
  if (parsed === null) return [];
  // Every target has a quantity in ASCII digits; only an entity ("&#49;") could write one otherwise.
  if (!ANY_DIGIT.test(text) && !text.includes("&")) return [];
  const { level, nouns: extra } = parsed;
  const nouns = extra.length === 0 ? builtInNouns() : indexNouns(nounKeys([...extra, ...COUNTED_NOUNS]));
  const stop = stopWords();
  const { text: norm, toSource } = normalizeWithOffsets(text);
  const lower = key(norm);
  // `exec` loops on the shared patterns (no re-entry: nothing here calls back) instead of `matchAll`, which clones each.
  const marks: ItemMark[] = [];
  NUMBER_MARK.lastIndex = 0;
  for (let mk = NUMBER_MARK.exec(norm); mk !== null; mk = NUMBER_MARK.exec(norm))
    marks.push({ at: mk.index, end: mk.index + mk[0].length, n: Number(mk[1]) });
  const targets: Target[] = [];
  // The filters are pure, so the cheapest run first: white space after the number, then its noun.
  NUMBER.lastIndex = 0;
  while (NUMBER.test(norm)) {
    const after = NUMBER.lastIndex;
    let cursor = after;
    while (cursor < norm.length && isWhiteSpaceCode(norm.charCodeAt(cursor))) cursor++;
    if (cursor === after) continue;
    const noun = nounAt(nouns, lower, cursor);
    if (noun === undefined) continue;
    const at = numberStart(norm, after);
    if (insideMark(marks, at) || ordinalBefore(lower, at)) continue;
    const next = WORD_AT_START.exec(lower.slice(cursor, cursor + NOUN_REACH))?.[0] ?? "";
    if (!next || stop.has(next)) continue;
    const nounEnd = cursor + noun.key.length;
    const clause = clauseAround(norm, at, nounEnd);
    targets.push({
      quantity: Number(norm.slice(at, after).replaceAll(".", "")),
      // The noun as the table writes it when the text writes it so: one string for all targets, not a copy each.
      noun:
        noun.text.length === noun.key.length && norm.startsWith(noun.text, cursor)
          ? noun.text
          : norm.slice(cursor, nounEnd),
      text: norm.slice(clause.start, clause.end),
      level,
      lead: leadMark(marks, at),
      span: { start: toSource(at), end: toSource(nounEnd) },
    });
  }
  return targets;
}

const LEVELS: ReadonlySet<unknown> = new Set(LevelSchema.options);

/** The options checked: a known level and no extra nouns (every importer call) skip the schema run. */
function targetOptions(options: FindTargetsOptions): { level: Target["level"]; nouns: string[] } | null {
  if (
    typeof options === "object" &&
    options !== null &&
    options.nouns === undefined &&
    LEVELS.has(options.level)
  )
    return { level: options.level, nouns: [] };
  const parsed = FindTargetsOptionsSchema.safeParse(options);
  return parsed.success ? parsed.data : null;
}
