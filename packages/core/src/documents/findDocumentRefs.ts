import type { DocumentKind, DocumentRef } from "../model/DocumentRef";
import type { TextRange } from "../model/TextRange";
import { normalizeWithOffsets } from "../text/normalizeWithOffsets";
import { DOCUMENT_KINDS, kindFromSymbol } from "./documentKinds";

const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
const SYMBOL = "(?:\\d{4}\\/)?[\\p{L}][\\p{L}\\p{N}]*(?:[-&.][\\p{L}\\p{N}]+)*";
const KIND_WORDS = DOCUMENT_KINDS.flatMap((k) => k.words)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * "Kế hoạch số 02/KH-UBND", "Công văn số: /UBND-VH&TT", "Quyết định 123/QĐ-UBND" — where no letter or
 * digit stands before (tested by {@link nextMatch}: a pattern that starts with a lookbehind is tried at
 * every position, one that starts with its words lets the engine skip to their first letters).
 */
const KIND_REF = new RegExp(
  `(${KIND_WORDS})${NOT_WORD_AFTER}(?:[ \\t]*số${NOT_WORD_AFTER})?[ \\t]*:?[ \\t]*(\\d{0,6})[ \\t]*\\/[ \\t]*(${SYMBOL})`,
  "giu",
);
/** Where {@link KIND_REF} cannot start: right after a letter or digit (sticky, at `lastIndex`). */
const WORD_BEFORE = /(?<=[\p{L}\p{N}])/uy;
/**
 * A bare "số và ký hiệu": "02/KH-UBND" (the symbol must have a "-" so dates never match), where no
 * letter, digit or "/" stands before (tested by {@link nextMatch}, as for {@link KIND_REF}).
 */
const BARE_REF =
  /(\d{1,6})\/((?:\d{4}\/)?[\p{Lu}][\p{L}\p{N}]*(?:[-&.][\p{L}\p{N}]+)*-[\p{L}\p{N}]+(?:[-&.][\p{L}\p{N}]+)*)/gu;
/** Where {@link BARE_REF} cannot start: right after a letter, digit or "/" (sticky, at `lastIndex`). */
const WORD_OR_SLASH_BEFORE = /(?<=[\p{L}\p{N}/])/uy;

/**
 * The next match of the global `pattern` from its `lastIndex` that `before` (a sticky lookbehind)
 * does not reject at its start, or null: what the pattern with the negated lookbehind at its head
 * would match, since a rejected start only moves the search on by one character, as the engine would.
 */
function nextMatch(pattern: RegExp, before: RegExp, text: string): RegExpExecArray | null {
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    before.lastIndex = m.index;
    if (!before.test(text)) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

// The tail's parts are matched where the previous one ended (sticky: no copy of the rest of the text per part).
const DATE_NUMERIC =
  /[ \t]*,?[ \t]*ngày[ \t]*(\d{0,2})[ \t]*[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*(\d{4})(?!\d)/iuy;
const DATE_WORDS =
  /[ \t]*,?[ \t]*ngày[ \t]*(\d{0,2})[ \t]+tháng[ \t]*(\d{1,2})[ \t]+năm[ \t]*(\d{4})(?!\d)/iuy;
const ISSUER = /[ \t]*,?[ \t]*của[ \t]+/iuy;
const SUBJECT = /[ \t]*,?[ \t]*về[ \t]+/iuy;
const NEXT_ITEM = /\(\d{1,2}\)[ \t]/u;
const WHITE_SPACE_RUN = /\s+/gu;

/** The match of a sticky `pattern` starting exactly at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function kindOf(word: string): DocumentKind {
  const lower = word.toLowerCase();
  return DOCUMENT_KINDS.find((k) => k.words.some((w) => w.toLowerCase() === lower))?.kind ?? "other";
}

function isoDate(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Index of the first of `stops` at or after `from`, or `text.length`. */
function endOfPhrase(text: string, from: number, stops: RegExp, limit: number): number {
  const rest = text.slice(from, from + limit);
  const hit = rest.search(stops);
  return from + (hit < 0 ? rest.length : hit);
}

interface Found {
  ref: DocumentRef;
  start: number;
  end: number;
}

function readTail(
  text: string,
  kind: DocumentKind,
  number: string,
  symbol: string,
  start: number,
  end: number,
  nextStart: number,
): Found {
  let cursor = end;
  let date: string | null = null;
  let month: string | null = null;
  const dateMatch = matchAt(DATE_NUMERIC, text, cursor) ?? matchAt(DATE_WORDS, text, cursor);
  if (dateMatch) {
    const [, d, m, y] = dateMatch;
    const mm = Number(m);
    const yyyy = Number(y);
    if (mm >= 1 && mm <= 12) {
      month = `${y}-${String(mm).padStart(2, "0")}`;
      date = d ? isoDate(Number(d), mm, yyyy) : null;
      if (date) month = null;
    }
    cursor += dateMatch[0].length;
  }
  let issuer: string | null = null;
  const issuerMatch = matchAt(ISSUER, text, cursor);
  if (issuerMatch) {
    const from = cursor + issuerMatch[0].length;
    const stop = Math.min(endOfPhrase(text, from, /[;:,()\n]|[ \t]về[ \t]|\.(?:\s|$)/u, 120), nextStart);
    const value = text.slice(from, stop).trim();
    if (value) {
      issuer = value;
      cursor = from + text.slice(from, stop).trimEnd().length;
    }
  }
  let subject: string | null = null;
  const subjectMatch = matchAt(SUBJECT, text, cursor);
  if (subjectMatch) {
    const from = cursor + subjectMatch[0].length;
    const bounded = Math.min(endOfPhrase(text, from, /[;\n]/u, 2000), nextStart);
    const item = text.slice(from, bounded).search(NEXT_ITEM);
    const stop = item < 0 ? bounded : from + item;
    const value = text
      .slice(from, stop)
      .replace(/[\s.…,]+$/u, "")
      .trim();
    if (value) {
      subject = value;
      cursor = from + text.slice(from, stop).indexOf(value) + value.length;
    }
  }
  const written = text.slice(start, cursor).replace(WHITE_SPACE_RUN, " ").trim();
  return {
    ref: { kind, number: number === "" ? null : number, symbol, date, month, issuer, subject, text: written },
    start,
    end: cursor,
  };
}

/**
 * Finds every administrative document cited in a text — "Kế hoạch số 02/KH-UBND
 * ngày 02/01/2024 của UBND quận về …", "Công văn số 331/UBND-VH&amp;TT ngày
 * 16/02/2024", a bare "123/QĐ-UBND" — in order, each with its span in `text`
 * (UTF-16 offsets into the string given, even when it holds entities or NFD).
 * Never throws; returns [] for text without references.
 */
export function findDocumentRefs(text: string): { ref: DocumentRef; span: TextRange }[] {
  if (typeof text !== "string" || text.length === 0) return [];
  // Every reference holds a "/" ("02/KH-UBND"); only an entity ("&#47;") could write one otherwise.
  if (!text.includes("/") && !text.includes("&")) return [];
  const { text: norm, toSource } = normalizeWithOffsets(text);
  const heads: { index: number; end: number; kind: DocumentKind; number: string; symbol: string }[] = [];
  // `exec` loops on the shared patterns (nothing in them calls back) instead of `matchAll`, which clones each.
  KIND_REF.lastIndex = 0;
  for (
    let m = nextMatch(KIND_REF, WORD_BEFORE, norm);
    m !== null;
    m = nextMatch(KIND_REF, WORD_BEFORE, norm)
  ) {
    heads.push({
      index: m.index,
      end: m.index + m[0].length,
      kind: kindOf(m[1] ?? ""),
      number: m[2] ?? "",
      symbol: m[3] ?? "",
    });
  }
  BARE_REF.lastIndex = 0;
  for (
    let m = nextMatch(BARE_REF, WORD_OR_SLASH_BEFORE, norm);
    m !== null;
    m = nextMatch(BARE_REF, WORD_OR_SLASH_BEFORE, norm)
  ) {
    const at = m.index;
    if (heads.some((h) => at >= h.index && at < h.end)) continue;
    const symbol = m[2] ?? "";
    heads.push({
      index: at,
      end: at + m[0].length,
      kind: kindFromSymbol(symbol),
      number: m[1] ?? "",
      symbol,
    });
  }
  heads.sort((a, b) => a.index - b.index);
  const results: { ref: DocumentRef; span: TextRange }[] = [];
  heads.forEach((head, i) => {
    const nextStart = heads[i + 1]?.index ?? norm.length;
    const found = readTail(norm, head.kind, head.number, head.symbol, head.index, head.end, nextStart);
    results.push({ ref: found.ref, span: { start: toSource(found.start), end: toSource(found.end) } });
  });
  return results;
}
