import { type Chunk, type DeadlineMode, type Refiner, updateChunk } from "../../../engine/Chunk";
import { DEADLINE_PHRASES, FILLER_WORDS } from "../constants";
import { floorOf, indexPhrases, type PhraseIndex, phraseBefore } from "./lookBehind";

const PEAK: PhraseIndex = indexPhrases([["cao", "diem"]]);
const PEAK_FILLERS = new Set(["trong", "vao", "tu", "la", "dip", "cac", "dot", "ngay", ":", "nhat", "se"]);
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
): Chunk[] {
  // Copy on write: most phrases have nothing to relabel.
  let out = chunks;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k] as Chunk;
    const floor = floorOf(chunks, k);
    // Nothing between the previous chunk and this one: no phrase can precede it.
    if (chunk.from <= floor || !accept(chunk)) continue;
    const found = phraseBefore(context.tokens, chunk.from, phrases, fillers, floor);
    if (!found) continue;
    if (out === chunks) out = [...chunks];
    out[k] = apply(chunk, found.start, found.phrase);
  }
  return out;
}

/** "cao điểm trong tháng 9/2024 đến tháng 10/2024": the window becomes the peak. */
export const peakRefiner: Refiner = {
  name: "peak",
  refine: (context, chunks) => relabel(chunks, context, PEAK, PEAK_FILLERS, isDated, toPeak),
};

/** Deadlines: "trước", "hoàn thành trước", "xong trước", "chậm nhất", "hạn chót", … before a date. */
export const deadlineRefiner: Refiner = {
  name: "deadline",
  refine: (context, chunks) => relabel(chunks, context, DEADLINE_INDEX, FILLER_WORDS, isSingle, toDeadline),
};

/** Open bounds: "từ ngày X" / "bắt đầu từ tháng 4" (start only), "sau ngày X" (the day after), "đến hết ngày X" (end only). */
export const openBoundRefiner: Refiner = {
  name: "openBound",
  refine(context, chunks) {
    const starts = relabel(chunks, context, START_PHRASES, BOUND_FILLERS, isSingle, toStart);
    const afters = relabel(starts, context, AFTER_PHRASES, BOUND_FILLERS, isSingle, toAfter);
    return relabel(afters, context, END_PHRASES, BOUND_FILLERS, isSingle, toEnd);
  },
};
