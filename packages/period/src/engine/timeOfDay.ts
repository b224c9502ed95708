import type { PeriodResult } from "../PeriodResult";
import type { Chunk, ParsingContext } from "./Chunk";
import { tokenText } from "./tokenText";

const RANGE_WORDS = new Set(["-", "den", "toi"]);

/**
 * The `time` field: the first time of day the phrase states ("7h30 ngày 20/11" → 07:30, "Tối 30/4" →
 * evening), with the end of a time range ("từ 7h30 đến 11h00"). Undefined when the phrase states none.
 */
export function timeOf(chunks: readonly Chunk[], context: ParsingContext): PeriodResult["time"] {
  const { tokens } = context;
  let first: Chunk | undefined;
  let last: Chunk | undefined;
  let start: string | null = null;
  let end: string | null = null;
  let part: NonNullable<PeriodResult["time"]>["part"] = null;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k] as Chunk;
    if (!chunk.time) continue;
    if (!first) {
      first = chunk;
      last = chunk;
      start = chunk.time.clock;
      part = chunk.time.part;
      // "sáng 7h30": a part of the day, then its clock time.
      const next = chunks[k + 1];
      if (next?.time && next.from === chunk.to && start === null) {
        start = next.time.clock;
        last = next;
        k++;
      }
      continue;
    }
    const between = tokens[(last as Chunk).to];
    if (
      start !== null &&
      chunk.time.clock !== null &&
      chunk.from === (last as Chunk).to + 1 &&
      RANGE_WORDS.has(between?.text ?? "")
    ) {
      end = chunk.time.clock;
      last = chunk;
    }
    break;
  }
  if (!first || !last) return undefined;
  return { start, end, part, text: tokenText(context, first.from, last.to) };
}
