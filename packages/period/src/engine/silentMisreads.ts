import { isoFromDayNumber } from "../calendar/dayNumber";
import type { PeriodResult } from "../PeriodResult";
import { type Token, tokenAt } from "../text/tokenize";
import type { Chunk, ParsingContext } from "./Chunk";
import { diagnostic } from "./diagnostic";
import type { DayInterval } from "./Moment";
import { chunkText, tokenText } from "./tokenText";

const SEPARATORS = new Set(["/", "-", "."]);
const CONTEXT = new Set(["tu", "den", "toi", "ngay", "-", "truoc", "het", "va", ","]);

function small(t: Token | undefined, max: number): boolean {
  return t?.kind === "number" && t.text.length <= 2 && t.value >= 1 && t.value <= max;
}

/** Whether tokens from `k` look like a date "D/M", "D-M-Y", "D.M.Y" (a day 1–31, a month 1–12). */
function looksLikeDate(tokens: readonly Token[], k: number): number {
  // Most tokens are words: checked first, before reading the next ones.
  if (!small(tokens[k], 31)) return 0;
  const sep = tokens[k + 1]?.text ?? "";
  if (!SEPARATORS.has(sep) || !small(tokens[k + 2], 12)) return 0;
  const before = tokenAt(tokens, k - 1);
  // Inside another number ("2.1.3", "331/15/3"), or a document number ("số 15/3").
  if (
    before &&
    SEPARATORS.has(before.text) &&
    !tokens[k]?.spaced &&
    tokenAt(tokens, k - 2)?.kind === "number"
  )
    return 0;
  if (before?.text === "so") return 0;
  const third = tokens[k + 3]?.text === sep && tokens[k + 4]?.kind === "number";
  if (sep !== "/" && !third && !CONTEXT.has(before?.text ?? "")) return 0;
  return third ? 5 : 3;
}

/**
 * `date-skipped` warnings: token runs that look like a date ("15/4", "2-06-15") that no parser read,
 * so that a reader knows a date of the phrase was not used.
 */
export function warnSkipped(chunks: readonly Chunk[], context: ParsingContext): void {
  const { tokens } = context;
  let c = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (c < chunks.length && (chunks[c] as Chunk).to <= k) c++;
    const chunk = chunks[c];
    if (chunk && chunk.from <= k) {
      k = chunk.to - 1;
      continue;
    }
    const length = looksLikeDate(tokens, k);
    if (length === 0) continue;
    const end = Math.min(k + length, chunks[c]?.from ?? tokens.length);
    const text = tokenText(context, k, end);
    context.diagnostics.push(
      diagnostic(
        "date-skipped",
        "warning",
        `"${text}" trông như một ngày nhưng không đọc được; đã bỏ qua`,
        `"${text}" looks like a date but could not be read; it was skipped`,
        tokens,
        k,
        end,
      ),
    );
    k = end - 1;
  }
}

/**
 * `date-skipped` warnings for numbers glued to a date that the date did not take: "ngày 1-1–2-1-1990"
 * read as "ngày 1" and "1-1990" leaves "1–2" unread between them.
 */
export function warnGluedLeftovers(chunks: readonly Chunk[], context: ParsingContext): void {
  const { tokens } = context;
  for (let k = 0; k + 1 < chunks.length; k++) {
    const a = chunks[k] as Chunk;
    const b = chunks[k + 1] as Chunk;
    if (b.from <= a.to || a.items.length === 0 || b.items.length === 0) continue;
    let numbers = 0;
    let glued = true;
    for (let j = a.to; j < b.from && glued; j++) {
      const t = tokens[j] as Token;
      if (t.spaced && j > a.to) glued = false;
      if (t.kind === "number") numbers++;
      else if (!SEPARATORS.has(t.text)) glued = false;
    }
    if (!glued || numbers === 0 || tokens[b.from]?.spaced) continue;
    let from = a.to;
    let to = b.from;
    while (from < to && tokens[from]?.kind !== "number") from++;
    while (to > from && tokens[to - 1]?.kind !== "number") to--;
    const text = tokenText(context, from, to);
    context.diagnostics.push(
      diagnostic(
        "date-skipped",
        "warning",
        `"${text}" nằm giữa hai mốc ngày mà không đọc được; đã bỏ qua`,
        `"${text}" between two dates could not be read; it was skipped`,
        tokens,
        from,
        to,
      ),
    );
  }
}

/** What the unused-date check needs of a resolved chunk. */
interface Resolved {
  chunk: Chunk;
  interval: DayInterval;
}

const BOUNDING = new Set(["main", "start", "end", "deadline"]);

/**
 * `date-dropped` warnings: a date of the phrase that the result's span does not cover (two end
 * bounds where the later wins, a second deadline), so that no date is dropped silently.
 */
export function warnUnused(
  result: PeriodResult,
  resolved: readonly Resolved[],
  context: ParsingContext,
): void {
  if (result.kind !== "span" && result.kind !== "deadline") return;
  const start = result.start ?? result.end;
  const end = result.end ?? result.start;
  if (start === null || end === null) return;
  for (const r of resolved) {
    if (!BOUNDING.has(r.chunk.role)) continue;
    const a = isoFromDayNumber(r.interval.start);
    const b = isoFromDayNumber(r.interval.end);
    if (a >= start && b <= end) continue;
    if (r.chunk.role === "start" && result.start === null) continue;
    if (
      context.diagnostics.some(
        (d) => d.span && d.code === "date-dropped" && d.span.start === context.tokens[r.chunk.from]?.start,
      )
    )
      continue;
    const tokens = context.tokens;
    const text = chunkText(r.chunk, context);
    context.diagnostics.push(
      diagnostic(
        "date-dropped",
        "warning",
        `"${text}" (${a === b ? a : `${a}..${b}`}) nằm ngoài khoảng thời gian đọc được; đã bỏ qua`,
        `"${text}" (${a === b ? a : `${a}..${b}`}) lies outside the period read; it was not used`,
        tokens,
        r.chunk.from,
        r.chunk.to,
      ),
    );
  }
}

/**
 * `range-unread` warnings: two dates joined by a dash or "đến" that could not be read as one range
 * ("5-10-2-10-2035": which numbers are the first date?), so that the reading is not taken silently.
 */
export function warnUnjoined(chunks: readonly Chunk[], context: ParsingContext): void {
  const { tokens } = context;
  for (let k = 0; k + 1 < chunks.length; k++) {
    const a = chunks[k] as Chunk;
    const b = chunks[k + 1] as Chunk;
    if (a.role !== "main" || b.role !== "main" || a.items.length === 0 || b.items.length === 0) continue;
    if (b.from !== a.to + 1) continue;
    const joiner = tokens[a.to]?.text;
    if (joiner !== "-" && joiner !== "den" && joiner !== "toi") continue;
    const text = tokenText(context, a.from, b.to);
    context.diagnostics.push(
      diagnostic(
        "range-unread",
        "warning",
        `"${text}" không đọc được thành một khoảng thời gian; hai mốc được dùng riêng`,
        `"${text}" could not be read as one range; its two dates are used separately`,
        tokens,
        a.from,
        b.to,
      ),
    );
  }
}
