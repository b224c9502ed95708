import { type Chunk, type Refiner, updateChunk } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";
import type { Token } from "../../../text/tokenize";
import { FILLER_WORDS } from "../constants";
import { floorOf, indexPhrases, phraseBefore } from "./lookBehind";

const CONNECTORS: readonly string[][] = [
  ["-"],
  ["den"],
  ["toi"],
  ["den", "het"],
  ["toi", "het"],
  ["cho", "den"],
  ["cho", "den", "het"],
  ["den", "ngay"],
  ["-", "het"],
  ["keo", "dai", "den", "het"],
  ["va", "keo", "dai", "den", "het"],
  ["keo", "dai", "den"],
];
const OPENERS = indexPhrases([["tu"], ["ke", "tu"], ["bat", "dau", "tu"], ["bat", "dau"]]);
const OPENER_FILLERS = new Set(["thoi", "gian", "trong", "la"]);

/** Whether the words `gap` are exactly one of the range connectors. */
function isConnector(gap: readonly string[]): boolean {
  if (gap.length < 1 || gap.length > 5) return false;
  for (const c of CONNECTORS) {
    if (c.length !== gap.length) continue;
    let ok = true;
    for (let n = 0; n < gap.length; n++) {
      if (gap[n] !== c[n]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Chunks a range may step over: clock times, weekdays, lunar restatements ("từ 12/2 (tức 25 tháng Chạp) đến …"). */
function isSkippable(chunk: Chunk): boolean {
  return chunk.role === "ignore" || chunk.restatement === true;
}

/**
 * The words between chunk `k` and the next chunk that is not skippable, without the skipped chunks and
 * the brackets around them; and the index of that next chunk.
 */
function gapAfter(
  tokens: readonly Token[],
  chunks: readonly Chunk[],
  k: number,
): { words: string[]; next: number } {
  const a = chunks[k] as Chunk;
  let next = k + 1;
  const words: string[] = [];
  let at = a.to;
  while (next < chunks.length && words.length <= 5) {
    const c = chunks[next] as Chunk;
    for (let j = at; j < c.from; j++) words.push(tokens[j]?.text ?? "");
    if (!isSkippable(c) || (a.restatement && c.restatement)) break;
    at = c.to;
    next++;
  }
  if (next > k + 1) {
    const kept = words.filter((w) => w !== "(" && w !== ")" && w !== "tuc" && w !== "nham" && w !== "ngay");
    return { words: kept, next };
  }
  return { words, next };
}

function isRangeEnd(chunk: Chunk): boolean {
  return (chunk.role === "main" || chunk.role === "peak") && chunk.items.length >= 1;
}

/** Both ends are dates of the same kind: main or peak dates, or two dates of one restatement. */
function canJoin(a: Chunk, b: Chunk): boolean {
  if (a.restatement || b.restatement) return a.restatement === true && b.restatement === true;
  return isRangeEnd(a) && isRangeEnd(b);
}

function first(chunk: Chunk): Moment {
  return chunk.items[0] as Moment;
}

function last(chunk: Chunk): Moment {
  return chunk.items[chunk.items.length - 1] as Moment;
}

function order(m: Moment): number {
  return (m.month ?? 0) * 100 + (m.day ?? 0) + (m.quarter ?? 0) * 300;
}

/** Days and months compare by month and day ("từ 15/9 đến tháng 2/2015" starts in 2014); other units only with their own kind. */
function comparable(a: Moment, b: Moment): boolean {
  if (a.unit === b.unit) return true;
  return (a.unit === "day" || a.unit === "month") && (b.unit === "day" || b.unit === "month");
}

/** Fills what the start of a range leaves out from its end ("từ ngày 26 đến ngày 28/6/2024", "từ tháng 11 đến tháng 2/2025"). */
function fillRange(a: Moment, b: Moment): void {
  if (a.unit === "day" && a.month === undefined && b.month !== undefined) {
    a.month = b.unit === "day" || b.unit === "month" ? b.month : undefined;
  }
  if (b.lunar && !a.lunar && a.year === undefined) a.lunar = true;
  if (a.year === undefined && a.yearOffset === undefined && b.year !== undefined) {
    a.year = b.year;
    a.yearSource = "context";
    if (comparable(a, b) && order(a) > order(b)) a.year -= 1;
  } else if (b.year === undefined && b.yearOffset === undefined && a.year !== undefined) {
    b.year = a.year;
    b.yearSource = "context";
    if (comparable(a, b) && order(a) > order(b)) b.year += 1;
  }
}

/** Ranges: "từ A đến B", "A - B", "A đến hết B", "từ giữa tháng 4 đến giữa tháng 5". */
export const rangeRefiner: Refiner = {
  name: "range",
  refine(context, chunks) {
    const { tokens } = context;
    // Copy on write: most phrases join nothing. Until the first change, `out` is `chunks[0, k)`.
    let out: Chunk[] | null = null;
    for (let k = 0; k < chunks.length; k++) {
      const a = chunks[k] as Chunk;
      const gap =
        a.items.length === 1 && !a.range && k + 1 < chunks.length ? gapAfter(tokens, chunks, k) : null;
      const b = gap ? chunks[gap.next] : undefined;
      if (gap && b && canJoin(a, b) && !b.range && isConnector(gap.words)) {
        if (b.items.length > 1) {
          out?.push(a);
          continue;
        }
        const items = [{ ...first(a) }, { ...last(b) }] as [Moment, Moment];
        fillRange(items[0], items[1]);
        let from = a.from;
        const before = out ?? chunks;
        const floor = floorOf(before, out ? out.length : k);
        const opener = phraseBefore(tokens, a.from, OPENERS, OPENER_FILLERS, floor, 0);
        if (opener) from = opener.start;
        out ??= chunks.slice(0, k);
        // The chunks stepped over (a clock time, a restatement between the ends) follow the range.
        out.push(updateChunk(a, { from, to: b.to, items, range: true }));
        for (let n = k + 1; n < gap.next; n++) out.push(chunks[n] as Chunk);
        k = gap.next;
        continue;
      }
      if (a.range && a.items.length === 2) {
        const floor = floorOf(out ?? chunks, out ? out.length : k);
        const opener = phraseBefore(tokens, a.from, OPENERS, FILLER_WORDS, floor, 0);
        if (opener) {
          out ??= chunks.slice(0, k);
          out.push(updateChunk(a, { from: opener.start }));
          continue;
        }
      }
      out?.push(a);
    }
    return out ?? chunks;
  },
};
