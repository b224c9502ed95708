import { type Chunk, type DeadlineMode, type Refiner, updateChunk } from "../../../engine/Chunk";
import { tokenAt } from "../../../text/tokenize";
import { DEADLINE_PHRASES, FILLER_WORDS } from "../constants";
import { floorOf, indexPhrases, type PhraseIndex, phraseBefore } from "./lookBehind";

const PEAK: PhraseIndex = indexPhrases([["cao", "diem"]]);
const PEAK_FILLERS = new Set([
  "trong",
  "vao",
  "tu",
  "la",
  "dip",
  "cac",
  "dot",
  "ngay",
  ":",
  "nhat",
  "se",
  "dien",
  "ra",
  "keo",
  "dai",
]);
const START_PHRASES: PhraseIndex = indexPhrases([
  ["tu"],
  ["ke", "tu"],
  ["bat", "dau", "tu"],
  ["bat", "dau"],
  ["trien", "khai", "tu"],
]);
const AFTER_PHRASES: PhraseIndex = indexPhrases([["sau"]]);
const END_PHRASES: PhraseIndex = indexPhrases([
  ["den", "het"],
  ["toi", "het"],
  ["cho", "den"],
  ["tinh", "den"],
  ["den"],
  ["toi"],
  ["het"],
]);
const BOUND_FILLERS = new Set(["ngay", "thoi", "gian", "la"]);
const DEADLINE_WORDS = DEADLINE_PHRASES.map((p) => p.words);
/** "đến hết ngày D" standing alone: a deadline D (in a range it is just the end). */
const UNTIL_END: PhraseIndex = indexPhrases([
  ["den", "het"],
  ["toi", "het"],
  ["cho", "den", "het"],
]);
const DEADLINE_FILLERS = new Set([...FILLER_WORDS, "den", "toi"]);
const DEADLINE_INDEX = indexPhrases(DEADLINE_WORDS);

const isDated = (c: Chunk) => c.role === "main" && c.items.length > 0;
const isSingle = (c: Chunk) => c.role === "main" && c.items.length > 0 && !c.range;
const toPeak = (c: Chunk, start: number) => updateChunk(c, { from: start, role: "peak" });
const toDeadline = (c: Chunk, start: number, phrase: readonly string[]) => {
  let mode: DeadlineMode = "before";
  for (const p of DEADLINE_PHRASES) if (p.words === phrase) mode = p.mode;
  return updateChunk(c, { from: start, role: "deadline", deadlineMode: mode });
};
const toStart = (c: Chunk, start: number) => updateChunk(c, { from: start, role: "start" });
const toAfter = (c: Chunk, start: number) => updateChunk(c, { from: start, role: "start", after: true });
const toEnd = (c: Chunk, start: number) => updateChunk(c, { from: start, role: "end" });

function relabel(
  chunks: Chunk[],
  context: Parameters<Refiner["refine"]>[0],
  phrases: PhraseIndex,
  fillers: ReadonlySet<string>,
  accept: (chunk: Chunk) => boolean,
  apply: (chunk: Chunk, start: number, phrase: readonly string[]) => Chunk,
  throughClock = true,
): Chunk[] {
  // Copy on write: most phrases have nothing to relabel.
  let out = chunks;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k] as Chunk;
    if (!accept(chunk)) continue;
    // Look through a clock time or a part of the day right before the date: "trước 17 giờ ngày 20/9".
    let at = chunk.from;
    let p = k;
    while (p > 0 && steppable(chunks[p - 1] as Chunk, throughClock) && (chunks[p - 1] as Chunk).to === at) {
      p--;
      at = (chunks[p] as Chunk).from;
    }
    const floor = floorOf(chunks, p);
    // Nothing between the previous chunk and this one: no phrase can precede it.
    if (at <= floor) continue;
    const found = phraseBefore(context.tokens, at, phrases, fillers, floor);
    if (!found || isDocumentNumber(context.tokens, found.start)) continue;
    if (out === chunks) out = [...chunks];
    out[k] = apply(chunk, found.start, found.phrase);
  }
  return out;
}

/**
 * A chunk a bound word may stand before: a part of the day ("từ sáng mùng 10"), a weekday, and, except
 * for "đến", a clock time ("trước 17 giờ ngày 20/9"). "đến 22h ngày 6/9" bounds the hour, not the day.
 */
function steppable(chunk: Chunk, throughClock: boolean): boolean {
  return chunk.role === "ignore" && (throughClock || chunk.parser !== "clock");
}

/** "KH/TU", "QĐ/TU": a word glued after "/" belongs to a document number, not to the phrase ("TU" is not "từ"). */
function isDocumentNumber(tokens: Parameters<typeof phraseBefore>[0], at: number): boolean {
  return tokenAt(tokens, at - 1)?.text === "/" && tokens[at]?.spaced === false;
}

/** "cao điểm trong tháng 9/2024 đến tháng 10/2024": the window becomes the peak. */
export const peakRefiner: Refiner = {
  name: "peak",
  refine: (context, chunks) => relabel(chunks, context, PEAK, PEAK_FILLERS, isDated, toPeak),
};

/**
 * Deadlines: "trước", "hoàn thành trước", "xong trước", "chậm nhất (đến) ngày", "hạn chót", … before a
 * date; and "đến hết ngày D" when the phrase has no start (then D is the deadline, by that day).
 */
export const deadlineRefiner: Refiner = {
  name: "deadline",
  refine(context, chunks) {
    const deadlines = relabel(chunks, context, DEADLINE_INDEX, DEADLINE_FILLERS, isSingle, toDeadline);
    // Only when nothing else bounds the phrase: a start ("từ A đến hết B" is a range), a relative marker
    // ("Từ ngày thông báo đến hết ngày 30/6"), or another date.
    for (let k = 0; k < deadlines.length; k++) {
      const c = deadlines[k] as Chunk;
      if (c.role === "start" || c.role === "relative" || c.role === "recurring" || c.role === "peak")
        return deadlines;
      if (c.role === "main" && c.items.length > 0 && (c.range || !isUntilEnd(context, deadlines, k)))
        return deadlines;
    }
    return relabel(deadlines, context, UNTIL_END, BOUND_FILLERS, isSingle, toUntilEnd, false);
  },
};

const toUntilEnd = (c: Chunk, start: number) =>
  updateChunk(c, { from: start, role: "deadline", deadlineMode: "by" });

/** Whether the chunk at `k` follows "đến hết". */
function isUntilEnd(context: Parameters<Refiner["refine"]>[0], chunks: Chunk[], k: number): boolean {
  const chunk = chunks[k] as Chunk;
  return phraseBefore(context.tokens, chunk.from, UNTIL_END, BOUND_FILLERS, floorOf(chunks, k)) !== null;
}

/** Open bounds: "từ ngày X" / "bắt đầu từ tháng 4" (start only), "sau ngày X" (the day after), "đến hết ngày X" (end only). */
export const openBoundRefiner: Refiner = {
  name: "openBound",
  refine(context, chunks) {
    const starts = relabel(chunks, context, START_PHRASES, BOUND_FILLERS, isSingle, toStart);
    const afters = relabel(starts, context, AFTER_PHRASES, BOUND_FILLERS, isSingle, toAfter);
    return relabel(afters, context, END_PHRASES, BOUND_FILLERS, isSingle, toEnd, false);
  },
};
