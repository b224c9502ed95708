import type { PeriodDiagnostic } from "../PeriodResult";
import type { Token } from "../text/tokenize";
import type { Moment } from "./Moment";

/**
 * What a recognised expression contributes to the phrase:
 * - `main`: the period of the activity;
 * - `start` / `end`: one open bound ("từ ngày X", "đến hết ngày X");
 * - `deadline`: a deadline ("hoàn thành trước …");
 * - `peak`: a "cao điểm" window;
 * - `relative` / `recurring`: undated markers ("theo tiến độ", "thường xuyên");
 * - `equivalent`: a second writing of a date already given (a lunar date after its solar one);
 * - `ignore`: text that must not be read as a date (clock times, weekdays, "kỷ niệm 70 năm").
 */
export type ChunkRole =
  | "main"
  | "start"
  | "end"
  | "deadline"
  | "peak"
  | "relative"
  | "recurring"
  | "equivalent"
  | "ignore";

/** How a deadline bound is computed from its moment. */
export type DeadlineMode = "before" | "by";

/** A recognised expression: a run of tokens `[from, to)` and what it means. */
export interface Chunk {
  /** Name of the parser that read it (refiners keep the first one). */
  parser: string;
  from: number;
  to: number;
  role: ChunkRole;
  /** The values written, in order: one moment, a list, or (with `range`) the two ends of a range. */
  items: Moment[];
  /** `items[0]` to `items[1]` is a range. */
  range: boolean;
  /** For deadlines: "before" (trước: the day before a month or quarter) or "by" (chậm nhất: its last day). */
  deadlineMode?: DeadlineMode;
  /** For `start` chunks: the bound is the day after the moment ("sau ngày X"). */
  after?: boolean;
  /** For `equivalent` chunks: the chunk that states the same date in the winning calendar. */
  sameAs?: Chunk;
  /** For `relative` chunks: what the phrase is tied to. */
  relativeTo?: string;
  /** Diagnostics a parser attaches to what it read; they are added to the result. */
  diagnostics?: PeriodDiagnostic[];
  /** For `relative` chunks tied to a document: "100 ngày kể từ ngày ban hành" (offset and anchor). */
  offset?: RelativeOffset;
  /** For `equivalent` chunks: a lunar restatement in parentheses ("(tức 26 tháng Chạp)"), checked against the solar date before it. */
  restatement?: boolean;
  /** For clock and day-part chunks ("7h30", "sáng", "19 giờ 30 phút"): the time of day they state. */
  time?: TimeOfDay;
}

/** A time of day as written: a clock time ("07:30"), a part of the day ("morning"), or both. */
export interface TimeOfDay {
  /** "HH:MM", or null when only a part of the day is given. */
  clock: string | null;
  /** `morning` (sáng), `noon` (trưa), `afternoon` (chiều), `evening` (tối), `night` (đêm, khuya), or null. */
  part: "morning" | "noon" | "afternoon" | "evening" | "night" | null;
}

/** An offset from a document's date: "100 ngày kể từ ngày ban hành", "sau 15 ngày kể từ ngày ký". */
export interface RelativeOffset {
  amount: number;
  unit: "day" | "workingDay" | "week" | "month" | "year";
  /** "sau N ngày": the offset starts something (a start), instead of bounding it (a deadline). */
  after: boolean;
  /** What the offset counts from: `issue` (ban hành), `signature` (ký), `receipt` (nhận được), `effect` (có hiệu lực), `event`. */
  anchor: string;
}

/** A word list a plugin adds: named days, relative and recurring markers, compiled for matching. */
export interface CompiledVocabulary {
  /** Named days by their first folded word, longest names first. */
  namedDays: ReadonlyMap<string, readonly NamedDayEntry[]>;
  /** Relative markers by their first folded word, longest first. */
  relative: ReadonlyMap<string, readonly { words: string[]; to: string }[]>;
  /** Recurring markers by their first folded word, longest first. */
  recurring: ReadonlyMap<string, readonly string[][]>;
  /** The words a relative marker starts with, and "sau" ("sau 45 ngày ra quân"): wake the parsers triggered by "@relative". */
  relativeStarts: ReadonlySet<string>;
  /** Every word a vocabulary entry starts with: wakes the parsers triggered by "@vocabulary". */
  firstWords: ReadonlySet<string>;
}

/** A named day ("Quốc khánh" → 2/9) as the parser matches it. */
export interface NamedDayEntry {
  /** Folded words of one of its names. */
  words: string[];
  month: number;
  day: number;
  lunar: boolean;
  /** Number of days it lasts (1 for most). */
  days: number;
}

/** Everything parsers and refiners can read. */
export interface ParsingContext {
  /** The NFC text. */
  text: string;
  tokens: Token[];
  vocabulary: CompiledVocabulary;
  /** The anniversary date from the options, as a Julian day number. */
  anniversary: number | null;
  /** The `referenceDate` option as a Julian day number ("từ nay" starts there), or null. */
  referenceDay: number | null;
  /** The `documentDate` option as a Julian day number ("kể từ ngày ban hành" counts from it), or null. */
  documentDay: number | null;
  /** Diagnostics found while parsing (invalid dates, …). */
  diagnostics: PeriodDiagnostic[];
}

/** A small parser: a pattern (the words a match can start with) and an extract step. */
export interface Parser {
  name: string;
  /**
   * Folded words a match can start with; "#" for any number, "@vocabulary" for the first word of
   * any vocabulary entry (named days, relative and recurring markers), "@namedDays", "@relative"
   * (with "sau") or "@recurring" for the first word of an entry of that list only, "*" for any token.
   * Parsers are indexed by these, so a token only wakes the parsers that can start there.
   */
  triggers: readonly string[];
  /** Reads an expression starting at token `i`, or returns null. Must look ahead a bounded number of tokens. */
  extract(context: ParsingContext, i: number): Chunk | null;
}

/** A refiner: merges or re-labels the chunks the parsers found (ranges, deadlines, peaks, …). */
export interface Refiner {
  name: string;
  refine(context: ParsingContext, chunks: Chunk[]): Chunk[];
}

/** Fields of a chunk, for {@link createChunk}. */
export type ChunkFields = Pick<Chunk, "parser" | "from" | "to" | "items"> & Partial<Chunk>;

/**
 * Creates a chunk with every field present in one fixed order (one hidden class for all
 * chunks keeps the hot paths monomorphic), moments included.
 */
export function createChunk(fields: ChunkFields): Chunk {
  return {
    parser: fields.parser,
    from: fields.from,
    to: fields.to,
    role: fields.role ?? "main",
    items: createMoments(fields.items),
    range: fields.range ?? false,
    deadlineMode: fields.deadlineMode,
    after: fields.after,
    sameAs: fields.sameAs,
    relativeTo: fields.relativeTo,
    diagnostics: fields.diagnostics,
    offset: fields.offset,
    restatement: fields.restatement,
    time: fields.time,
  };
}

/** A copy of `chunk` with some fields changed. */
export function updateChunk(chunk: Chunk, changes: Partial<Chunk>): Chunk {
  return {
    parser: changes.parser ?? chunk.parser,
    from: changes.from ?? chunk.from,
    to: changes.to ?? chunk.to,
    role: changes.role ?? chunk.role,
    items: changes.items ? createMoments(changes.items) : chunk.items,
    range: changes.range ?? chunk.range,
    deadlineMode: changes.deadlineMode ?? chunk.deadlineMode,
    after: changes.after ?? chunk.after,
    sameAs: changes.sameAs ?? chunk.sameAs,
    relativeTo: changes.relativeTo ?? chunk.relativeTo,
    diagnostics: changes.diagnostics ?? chunk.diagnostics,
    offset: changes.offset ?? chunk.offset,
    restatement: changes.restatement ?? chunk.restatement,
    time: changes.time ?? chunk.time,
  };
}

/**
 * Creates a moment with every field present in one fixed order. The fields `m` has are copied onto
 * a moment with every field: one pass over `m`, whatever its shape (reading each field by name
 * would be a megamorphic load per field, moments being written in many shapes).
 */
export function createMoment(m: Moment): Moment {
  const moment: Moment = {
    unit: m.unit,
    year: undefined,
    yearSource: undefined,
    yearOffset: undefined,
    month: undefined,
    toMonth: undefined,
    day: undefined,
    quarter: undefined,
    toYear: undefined,
    part: undefined,
    lunar: undefined,
    leap: undefined,
    yearShift: undefined,
    lastDay: undefined,
    cycle: undefined,
    fixedStart: undefined,
    fixedEnd: undefined,
  };
  return Object.assign(moment, m);
}

/** Copies of moments, each with every field (see {@link createMoment}). */
export function createMoments(items: readonly Moment[]): Moment[] {
  const out: Moment[] = new Array(items.length);
  for (let k = 0; k < items.length; k++) out[k] = createMoment(items[k] as Moment);
  return out;
}
