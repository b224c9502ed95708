import { isoFromDayNumber } from "../calendar/dayNumber";
import type { Milestone, PeriodDiagnostic, PeriodResult } from "../PeriodResult";
import type { Token } from "../text/tokenize";
import type { Chunk, ParsingContext } from "./Chunk";
import { diagnostic } from "./diagnostic";
import { offsetDay, relativeField } from "./documentOffset";
import { formatInterval } from "./formatInterval";
import { type DayInterval, needsYear, resolveMoment } from "./Moment";
import { partLabel, partLevel } from "./partLabel";
import { dropQualifiers } from "./qualifiers";
import { recurrenceOf } from "./recurrence";
import { checkRestatements } from "./restatements";
import { warnGluedLeftovers, warnSkipped, warnUnjoined, warnUnused } from "./silentMisreads";
import { type PartRange, splitParts } from "./splitParts";
import { timeOf } from "./timeOfDay";
import { chunkText } from "./tokenText";

/** The year used when a phrase gives none, and where it came from. */
export interface ReferenceYear {
  year: number;
  source: "option" | "today";
}

const RELATIVE_PRIORITY = [
  "now",
  "anniversary",
  "notice",
  "signature",
  "event",
  "schedule",
  "direction",
  "plan",
  "guidance",
  "request",
  "regulation",
  "waves",
];

interface ResolvedChunk {
  chunk: Chunk;
  interval: DayInterval;
  /** One interval per item (lists), or the range. */
  parts: DayInterval[];
  lunar: boolean;
}

interface PartResult {
  range: PartRange;
  start: number | null;
  end: number | null;
  deadline: number | null;
  peak: DayInterval | null;
  mains: DayInterval[];
  /** Where the part's first time expression starts (its label ends there). */
  labelAt: number;
}

function cycleYear(cycle: number, reference: number): number {
  const base = reference - ((((reference - 4) % 60) + 60) % 60) + cycle;
  const candidates = [base - 60, base, base + 60];
  return candidates.reduce((best, y) => (Math.abs(y - reference) < Math.abs(best - reference) ? y : best));
}

function statedYear(chunk: Chunk): number | undefined {
  if (chunk.role === "ignore" || chunk.role === "equivalent") return undefined;
  for (const item of chunk.items)
    if (item.year !== undefined && item.yearSource !== "option") return item.year;
  return undefined;
}

/** Gives every moment a year: its own, a neighbour's (following first), or the reference year. */
function fillYears(
  chunks: Chunk[],
  reference: ReferenceYear,
  tokens: readonly Token[],
  diagnostics: PeriodDiagnostic[],
) {
  let usedReference = false;
  // The nearest stated year after and before each chunk, in two linear passes.
  const after: (number | undefined)[] = new Array(chunks.length);
  let seen: number | undefined;
  for (let c = chunks.length - 1; c >= 0; c--) {
    after[c] = seen;
    seen = statedYear(chunks[c] as Chunk) ?? seen;
  }
  seen = undefined;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c] as Chunk;
    const before = seen;
    seen = statedYear(chunk) ?? seen;
    for (const item of chunk.items) {
      if (!needsYear(item)) continue;
      if (item.yearOffset !== undefined) {
        item.year = reference.year + item.yearOffset;
        item.yearSource = reference.source;
        usedReference = true;
        continue;
      }
      if (item.cycle !== undefined) {
        item.year = cycleYear(item.cycle, reference.year);
        item.yearSource = "stated";
        continue;
      }
      const year = after[c] ?? before;
      if (year !== undefined) {
        item.year = year;
        item.yearSource = "context";
      } else {
        item.year = reference.year;
        item.yearSource = reference.source;
        usedReference = true;
      }
    }
  }
  if (usedReference) noteReference(reference, tokens, diagnostics);
}

/** Says that the reference year was used: info when it came from the options, a warning when from today. */
function noteReference(reference: ReferenceYear, tokens: readonly Token[], diagnostics: PeriodDiagnostic[]) {
  if (diagnostics.some((d) => d.code === "year-assumed" || d.code === "year-implied")) return;
  if (reference.source === "today") {
    diagnostics.push(
      diagnostic(
        "year-assumed",
        "warning",
        `Không ghi năm; tạm lấy năm hiện tại ${reference.year} (truyền tùy chọn year hoặc referenceDate)`,
        `No year given; assumed the current year ${reference.year} (pass the year or referenceDate option)`,
        tokens,
        0,
        tokens.length,
      ),
    );
  } else {
    diagnostics.push(
      diagnostic(
        "year-implied",
        "info",
        `Năm lấy từ tùy chọn: ${reference.year}`,
        `Year taken from the options: ${reference.year}`,
        tokens,
        0,
        tokens.length,
      ),
    );
  }
}

function resolveChunk(chunk: Chunk, context: ParsingContext): ResolvedChunk | null {
  const parts: DayInterval[] = [];
  for (const item of chunk.items) {
    const interval = resolveMoment(item, item.year ?? 0);
    if (!interval) {
      context.diagnostics.push(
        diagnostic(
          "invalid-date",
          "error",
          `Ngày tháng không tồn tại: "${chunkText(chunk, context)}"`,
          `No such date: "${chunkText(chunk, context)}"`,
          context.tokens,
          chunk.from,
          chunk.to,
        ),
      );
      return null;
    }
    parts.push(interval);
  }
  if (parts.length === 0) return null;
  let lunar = false;
  for (const m of chunk.items) if (m.lunar === true) lunar = true;
  if (chunk.range && parts.length === 2) {
    let [a, b] = parts as [DayInterval, DayInterval];
    if (b.end < a.start) {
      context.diagnostics.push(
        diagnostic(
          "range-reversed",
          "warning",
          `Khoảng thời gian ngược (ngày kết thúc trước ngày bắt đầu): "${chunkText(chunk, context)}"`,
          `Range ends before it starts: "${chunkText(chunk, context)}"`,
          context.tokens,
          chunk.from,
          chunk.to,
        ),
      );
      [a, b] = [b, a];
    }
    const interval = { start: a.start, end: Math.max(a.end, b.end) };
    return { chunk, interval, parts: [interval], lunar };
  }
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const p of parts) {
    if (p.start < start) start = p.start;
    if (p.end > end) end = p.end;
  }
  return { chunk, interval: { start, end }, parts, lunar };
}

function union(intervals: DayInterval[]): DayInterval | null {
  if (intervals.length === 0) return null;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const i of intervals) {
    if (i.start < start) start = i.start;
    if (i.end > end) end = i.end;
  }
  return { start, end };
}

/** Merges touching or overlapping intervals, sorted by start. */
function runs(intervals: DayInterval[]): DayInterval[] {
  if (intervals.length <= 1) return intervals.length === 1 ? [{ ...(intervals[0] as DayInterval) }] : [];
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: DayInterval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval.start <= last.end + 1) last.end = Math.max(last.end, interval.end);
    else out.push({ ...interval });
  }
  return out;
}

function deadlineOf(resolved: ResolvedChunk): number {
  const { chunk, interval } = resolved;
  const item = chunk.items[0];
  const singleDay = item?.unit === "day" || (item?.unit === "fixed" && item.fixedStart === item.fixedEnd);
  if (chunk.deadlineMode === "by" || singleDay) return interval.end;
  return interval.start - 1;
}

function buildPart(range: PartRange, resolved: ResolvedChunk[]): PartResult {
  const mains: DayInterval[] = [];
  const peaks: DayInterval[] = [];
  let startBound: number | null = null;
  let endBound: number | null = null;
  let deadline: number | null = null;
  for (const r of resolved) {
    switch (r.chunk.role) {
      case "main":
        mains.push(...r.parts);
        break;
      case "peak":
        peaks.push(r.interval);
        break;
      case "start": {
        const value = r.chunk.after ? r.interval.end + 1 : r.interval.start;
        startBound = startBound === null ? value : Math.min(startBound, value);
        break;
      }
      case "end":
        endBound = endBound === null ? r.interval.end : Math.max(endBound, r.interval.end);
        break;
      case "deadline": {
        const value = deadlineOf(r);
        deadline = deadline === null ? value : Math.max(deadline, value);
        break;
      }
      default:
        break;
    }
  }
  const main = union(mains);
  let start: number | null = main ? main.start : null;
  if (startBound !== null && (start === null || startBound < start)) start = startBound;
  let end: number | null = main ? main.end : null;
  if (endBound !== null && (end === null || endBound > end)) end = endBound;
  if (deadline !== null && (end === null || deadline > end)) end = deadline;
  let labelAt = range.to;
  for (const r of resolved) {
    if (r.chunk.role !== "peak" && r.chunk.role !== "equivalent") {
      labelAt = r.chunk.from;
      break;
    }
  }
  return {
    range,
    start,
    end,
    deadline,
    peak: union(peaks),
    mains: runs(mains),
    labelAt,
  };
}

function iso(jd: number | null): string | null {
  return jd === null ? null : isoFromDayNumber(jd);
}

function milestone(
  label: string,
  level: Milestone["level"],
  start: number | null,
  end: number | null,
  deadline: number | null,
): Milestone {
  return { label, level, start: iso(start), end: iso(end), deadline: iso(deadline) };
}

function checkEquivalents(resolved: ResolvedChunk[], context: ParsingContext): void {
  for (const r of resolved) {
    if (r.chunk.role !== "equivalent" || !r.chunk.sameAs) continue;
    let other: ResolvedChunk | undefined;
    for (const x of resolved) if (x.chunk === r.chunk.sameAs) other = x;
    if (!other || (other.interval.start === r.interval.start && other.interval.end === r.interval.end))
      continue;
    const a = isoFromDayNumber(other.interval.start);
    const b = isoFromDayNumber(r.interval.start);
    context.diagnostics.push(
      diagnostic(
        "calendar-mismatch",
        "warning",
        `Hai cách ghi ngày không khớp nhau (${a} và ${b}); dùng ngày dương lịch`,
        `The two writings of the date disagree (${a} and ${b}); the solar date is used`,
        context.tokens,
        r.chunk.from,
        r.chunk.to,
      ),
    );
  }
}

function pickRelative(chunks: readonly Chunk[]): Chunk | undefined {
  let best: Chunk | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const c of chunks) {
    if (c.role !== "relative") continue;
    const rank = RELATIVE_PRIORITY.indexOf(c.relativeTo ?? "");
    const r = rank < 0 ? RELATIVE_PRIORITY.length : rank;
    if (r < bestRank) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}

function collectMilestones(timed: readonly PartResult[], context: ParsingContext): Milestone[] {
  const milestones: Milestone[] = [];
  const expand = timed.length >= 2 || (timed.length === 1 && (timed[0]?.mains.length ?? 0) > 1);
  if (!expand) return milestones;
  for (const part of timed) {
    const partText = partLabel(context, part.range, part.labelAt);
    const level = partLevel(context.tokens, part.range);
    if (part.mains.length > 1 && part.deadline === null) {
      for (const run of part.mains) {
        const text = formatInterval(run);
        const label = timed.length > 1 && partText ? `${partText} (${text})` : text;
        milestones.push(milestone(label, level, run.start, run.end, null));
      }
    } else milestones.push(milestone(partText, level, part.start, part.end, part.deadline));
  }
  return milestones;
}

function milestonesResult(
  context: ParsingContext,
  milestones: Milestone[],
  peak: DayInterval | null,
  lunar: boolean,
) {
  let start: string | null = null;
  let end: string | null = null;
  let openStart = false;
  let openEnd = false;
  let latest: Milestone | undefined;
  for (const m of milestones) {
    if (m.start === null) openStart = true;
    else if (start === null || m.start < start) start = m.start;
    if (m.end === null) openEnd = true;
    else {
      if (end === null || m.end > end) end = m.end;
      if (!latest || (latest.end ?? "") <= m.end) latest = m;
    }
  }
  return makeResult(
    context,
    "milestones",
    openStart ? null : start,
    openEnd ? null : end,
    latest?.deadline ?? null,
    peak,
    milestones,
    lunar,
    null,
  );
}

/**
 * A recurring phrase ("Hằng năm", "vào tháng 6 hàng năm", "Thường xuyên trong năm 2025"): no deadline;
 * the dates it names are its rhythm, not a period, so start and end stay null, unless every date of the
 * phrase states its year: then they bound the recurrence ("trong năm 2025" → 2025-01-01..2025-12-31).
 */
function recurringResult(
  context: ParsingContext,
  resolved: readonly ResolvedChunk[],
  timed: PartResult[],
  lunar: boolean,
): PeriodResult {
  const mains = resolved.filter(
    (r) => r.chunk.role === "main" || r.chunk.role === "start" || r.chunk.role === "end",
  );
  const bounded =
    mains.length > 0 && mains.every((r) => r.chunk.items.every((m) => m.yearSource === "stated"));
  const only = bounded && timed.length > 0 ? mergeParts(timed) : null;
  return makeResult(
    context,
    "recurring",
    iso(only?.start ?? null),
    iso(only?.end ?? null),
    null,
    null,
    [],
    lunar,
    null,
  );
}

/**
 * Turns the refined chunks into a `PeriodResult`: fills years, resolves dates, splits the
 * phrase into parts (bullets, ";", lines) and applies the result conventions of the contract.
 * The additive fields `time` (time of day) and `recurrence` (rhythm) are set only when the phrase states them.
 */
export function assembleResult(
  context: ParsingContext,
  chunks: Chunk[],
  reference: ReferenceYear,
): PeriodResult {
  const resolved: ResolvedChunk[] = [];
  const result = assembleCore(context, chunks, reference, resolved);
  warnSkipped(chunks, context);
  warnUnjoined(chunks, context);
  warnGluedLeftovers(chunks, context);
  warnUnused(result, resolved, context);
  const time = timeOf(chunks, context);
  if (time) result.time = time;
  if (result.kind === "recurring") {
    const recurrence = recurrenceOf(chunks, context);
    if (recurrence) result.recurrence = recurrence;
  }
  return result;
}

function assembleCore(
  context: ParsingContext,
  chunks: Chunk[],
  reference: ReferenceYear,
  resolved: ResolvedChunk[],
): PeriodResult {
  const { tokens, diagnostics } = context;
  fillYears(chunks, reference, tokens, diagnostics);
  let lunar = false;
  let recurring = false;
  for (const chunk of chunks) {
    if (chunk.diagnostics) for (const d of chunk.diagnostics) diagnostics.push(d);
    if (chunk.role === "recurring") recurring = true;
    if (chunk.role === "ignore" || chunk.role === "relative" || chunk.role === "recurring") continue;
    if (chunk.restatement) {
      lunar = true;
      continue;
    }
    const r = resolveChunk(chunk, context);
    if (r) {
      resolved.push(r);
      if (r.lunar) lunar = true;
    }
  }
  checkEquivalents(resolved, context);
  checkRestatements(chunks, resolved, context);
  const timed: PartResult[] = [];
  let peak: DayInterval | null = null;
  let cursor = 0;
  for (const range of splitParts(tokens, chunks)) {
    // Chunks and parts are both in text order: walk them together.
    const inPart: ResolvedChunk[] = [];
    while (cursor < resolved.length && (resolved[cursor] as ResolvedChunk).chunk.from < range.from) cursor++;
    while (cursor < resolved.length && (resolved[cursor] as ResolvedChunk).chunk.from < range.to) {
      inPart.push(resolved[cursor] as ResolvedChunk);
      cursor++;
    }
    const part = buildPart(range, dropQualifiers(inPart, context));
    if (part.peak) {
      peak = peak
        ? { start: Math.min(peak.start, part.peak.start), end: Math.max(peak.end, part.peak.end) }
        : part.peak;
    }
    if (part.start !== null || part.end !== null || part.deadline !== null) timed.push(part);
  }
  const relativeChunk = pickRelative(chunks);
  if (recurring) return recurringResult(context, resolved, timed, lunar);
  const milestones = collectMilestones(timed, context);
  if (milestones.length >= 2) return milestonesResult(context, milestones, peak, lunar);
  const only = timed.length > 0 ? mergeParts(timed) : null;
  const relative = relativeChunk ? relativeField(relativeChunk, chunkText(relativeChunk, context)) : null;
  if (only) {
    if (relative && only.start === null && only.deadline === null) {
      return makeResult(context, "relative", null, iso(only.end), null, peak, [], lunar, relative);
    }
    const pureDeadline = only.start === null && only.deadline !== null && only.mainless;
    return makeResult(
      context,
      pureDeadline ? "deadline" : "span",
      iso(only.start),
      iso(only.end),
      iso(only.deadline),
      peak,
      [],
      lunar,
      null,
    );
  }
  if (peak) return makeResult(context, "span", iso(peak.start), iso(peak.end), null, peak, [], lunar, null);
  if (relative && relativeChunk?.offset) {
    const day = offsetDay(relativeChunk.offset, context.documentDay);
    if (day !== null && relativeChunk.offset.after)
      return makeResult(context, "relative", iso(day), null, null, null, [], lunar, relative);
    return makeResult(context, "relative", null, iso(day), iso(day), null, [], lunar, relative);
  }
  if (relative) return makeResult(context, "relative", null, null, null, null, [], lunar, relative);
  diagnostics.push(
    diagnostic(
      "no-time-expression",
      "warning",
      "Không tìm thấy mốc thời gian nào đọc được",
      "No time expression could be read",
      tokens.length > 0 ? tokens : null,
      0,
      tokens.length,
    ),
  );
  return makeResult(context, "unknown", null, null, null, null, [], lunar, null);
}

/** Builds the result with its fields always in the contract's order. */
function makeResult(
  context: ParsingContext,
  kind: PeriodResult["kind"],
  start: string | null,
  end: string | null,
  deadline: string | null,
  peak: DayInterval | null,
  milestones: Milestone[],
  lunar: boolean,
  relative: PeriodResult["relative"],
): PeriodResult {
  return {
    text: context.text,
    kind,
    start,
    end,
    deadline,
    peak: peak ? { start: isoFromDayNumber(peak.start), end: isoFromDayNumber(peak.end) } : null,
    milestones,
    lunar,
    relative,
    diagnostics: context.diagnostics,
  };
}

function mergeParts(parts: PartResult[]): {
  start: number | null;
  end: number | null;
  deadline: number | null;
  mainless: boolean;
} {
  const [part] = parts;
  if (!part) return { start: null, end: null, deadline: null, mainless: true };
  return { start: part.start, end: part.end, deadline: part.deadline, mainless: part.mains.length === 0 };
}
