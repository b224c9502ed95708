import { type Chunk, type Refiner, updateChunk } from "../../../engine/Chunk";
import { applyYear } from "../parsers/makeChunk";
import { readLunarMarker, readYearSuffix, wordAt } from "../readers";

/** "tháng Chạp âl", "15/8 âm lịch", "ngày 10/3 (ÂL)": marks the dates before the marker as lunar. */
export const lunarSuffixRefiner: Refiner = {
  name: "lunarSuffix",
  refine(context, chunks) {
    let out = chunks;
    for (let index = 0; index < chunks.length; index++) {
      const updated = withMarker(context, chunks, index);
      if (updated === chunks[index]) continue;
      if (out === chunks) out = [...chunks];
      out[index] = updated;
    }
    return out;
  },
};

/** The chunk at `index` extended over a lunar marker after it, or the chunk itself. */
function withMarker(context: Parameters<Refiner["refine"]>[0], chunks: Chunk[], index: number): Chunk {
  const chunk = chunks[index] as Chunk;
  if (chunk.role === "ignore" || chunk.items.length === 0) return chunk;
  const nextFrom = chunks[index + 1]?.from ?? context.tokens.length;
  let at = chunk.to;
  if (wordAt(context.tokens, at) === "nhuan") at++;
  let end = readLunarMarker(context.tokens, at);
  if (end === null || end > nextFrom) return chunk;
  const leap = at > chunk.to;
  const items = chunk.items.map((item) => ({ ...item, lunar: true, leap: leap || item.leap }));
  const year = readYearSuffix(context.tokens, end);
  if (year) {
    applyYear(items, year.value);
    end = year.next;
    // A year chunk parsed after the marker is now part of this one.
    const following = chunks[index + 1];
    if (following && following.from < end) following.role = "ignore";
  }
  return updateChunk(chunk, { to: end, items });
}
