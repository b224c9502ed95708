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
];
const OPENERS = indexPhrases([["tu"], ["ke", "tu"], ["bat", "dau", "tu"], ["bat", "dau"]]);
const OPENER_FILLERS = new Set(["thoi", "gian", "trong", "la"]);

/** Whether the tokens `[from, to)` are exactly one of the range connectors. */
function isConnector(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 3) return false;
  for (const c of CONNECTORS) {
    if (c.length !== gap) continue;
    let ok = true;
    for (let n = 0; n < gap; n++) {
      if (tokens[from + n]?.text !== c[n]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

function isRangeEnd(chunk: Chunk): boolean {
  return (chunk.role === "main" || chunk.role === "peak") && chunk.items.length >= 1;
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

/** Fills what the start of a range leaves out from its end ("từ ngày 26 đến ngày 28/6/2024", "từ tháng 11 đến tháng 2/2025"). */
function fillRange(a: Moment, b: Moment): void {
  if (a.unit === "day" && a.month === undefined && b.month !== undefined) {
    a.month = b.unit === "day" || b.unit === "month" ? b.month : undefined;
  }
  if (b.lunar && !a.lunar && a.year === undefined) a.lunar = true;
  if (a.year === undefined && a.yearOffset === undefined && b.year !== undefined) {
    a.year = b.year;
    a.yearSource = "context";
    if (a.unit === b.unit && order(a) > order(b)) a.year -= 1;
  } else if (b.year === undefined && b.yearOffset === undefined && a.year !== undefined) {
    b.year = a.year;
    b.yearSource = "context";
    if (a.unit === b.unit && order(a) > order(b)) b.year += 1;
  }
}

/** Ranges: "từ A đến B", "A - B", "A đến hết B", "từ giữa tháng 4 đến giữa tháng 5". */
export const rangeRefiner: Refiner = {
  name: "range",
  refine(context, chunks) {
    const { tokens } = context;
    const out: Chunk[] = [];
    for (let k = 0; k < chunks.length; k++) {
      const a = chunks[k] as Chunk;
      const b = chunks[k + 1];
      if (b && isRangeEnd(a) && isRangeEnd(b) && !a.range && !b.range && a.items.length === 1) {
        const connector = isConnector(tokens, a.to, b.from);
        if (connector) {
          const items = [{ ...first(a) }, { ...last(b) }] as [Moment, Moment];
          if (b.items.length > 1) {
            out.push(a);
            continue;
          }
          fillRange(items[0], items[1]);
          let from = a.from;
          const opener = phraseBefore(tokens, a.from, OPENERS, OPENER_FILLERS, floorOf(out, out.length), 0);
          if (opener) from = opener.start;
          out.push(updateChunk(a, { from, to: b.to, items, range: true }));
          k++;
          continue;
        }
      }
      if (a.range && a.items.length === 2) {
        const opener = phraseBefore(tokens, a.from, OPENERS, FILLER_WORDS, floorOf(out, out.length), 0);
        if (opener) {
          out.push(updateChunk(a, { from: opener.start }));
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
