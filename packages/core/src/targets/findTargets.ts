import { z } from "zod";
import { LevelSchema, type Target } from "../model/Activity";
import { canonicalizeToneMarks } from "../text/canonicalizeToneMarks";
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

const NUMBER = /(?<![\p{L}\p{N}/.,:-])(\d{1,3}(?:\.\d{3})+|\d{1,7})(?![\p{N}/])(?![.,]\d)/gu;
const ANY_DIGIT = /[0-9]/u;
const NUMBER_MARK = /\((\d{1,2})\)/gu;
/** White space starting at `lastIndex` (sticky: no copy of the rest of the text per number). */
const WHITE_SPACE_AT = /\s+/uy;
/** Words before a number that make it an ordinal or a document number ("lần thứ 49", "số 12"). */
const ORDINAL_BEFORE = /(?:thứ|số|lần|khóa|kỳ)\s*$/u;
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

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** Whether a "(n)" item mark (one or two digits) starts at `at`: tested on character codes, nothing copied per character. */
function markAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x28 || !isDigitAt(text, at + 1)) return false;
  const close = isDigitAt(text, at + 2) ? at + 3 : at + 2;
  return text.charCodeAt(close) === 0x29;
}

const WHITE_SPACE = /\s/u;
const SPACE_OR_END = /\s|$/u;
const MARK_BEFORE = /\(\d{1,2}$/u;
const CLAUSE_LEADER = /[\s\-–•+]/u;

function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0) {
    const ch = text[start - 1];
    if (ch === ";" || ch === "\n" || (ch === "." && WHITE_SPACE.test(text[start] ?? " "))) break;
    if (ch === ")" && MARK_BEFORE.test(text.slice(Math.max(0, start - 5), start - 1))) break;
    start--;
  }
  let end = to;
  while (end < text.length) {
    const ch = text[end];
    if (
      ch === ";" ||
      ch === "\n" ||
      (ch === "." && SPACE_OR_END.test(text[end + 1] ?? "")) ||
      markAt(text, end)
    )
      break;
    end++;
  }
  while (start < end && CLAUSE_LEADER.test(text[start] ?? "")) start++;
  while (end > start && WHITE_SPACE.test(text[end - 1] ?? "")) end--;
  return { start, end };
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
  const marks: { at: number; end: number; n: number }[] = [];
  NUMBER_MARK.lastIndex = 0;
  for (let mk = NUMBER_MARK.exec(norm); mk !== null; mk = NUMBER_MARK.exec(norm))
    marks.push({ at: mk.index, end: mk.index + mk[0].length, n: Number(mk[1]) });
  const targets: Target[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(norm); m !== null; m = NUMBER.exec(norm)) {
    const at = m.index;
    const digits = m[1] ?? "";
    if (marks.some((mk) => at > mk.at && at < mk.end)) continue;
    const before = lower.slice(Math.max(0, at - 12), at);
    if (ORDINAL_BEFORE.test(before)) continue;
    let cursor = at + digits.length;
    WHITE_SPACE_AT.lastIndex = cursor;
    const gap = WHITE_SPACE_AT.exec(norm)?.[0].length ?? 0;
    if (gap === 0) continue;
    cursor += gap;
    const rest = lower.slice(cursor, cursor + 40);
    const next = WORD_AT_START.exec(rest)?.[0] ?? "";
    if (!next || stop.has(next)) continue;
    // Only nouns that start with the word's first character can match: the first of them in order wins.
    const noun = nouns
      .get(rest.charAt(0))
      ?.find((n) => rest.startsWith(n.key) && !LETTER_OR_DIGIT.test(rest.charAt(n.key.length)));
    if (!noun) continue;
    const nounEnd = cursor + noun.key.length;
    const clause = clauseAround(norm, at, nounEnd);
    const lead = marks.filter((mk) => mk.end <= at).pop()?.n ?? null;
    targets.push({
      quantity: Number(digits.replaceAll(".", "")),
      // The noun as the table writes it when the text writes it so: one string for all targets, not a copy each.
      noun:
        noun.text.length === noun.key.length && norm.startsWith(noun.text, cursor)
          ? noun.text
          : norm.slice(cursor, nounEnd),
      text: norm.slice(clause.start, clause.end),
      level,
      lead,
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
