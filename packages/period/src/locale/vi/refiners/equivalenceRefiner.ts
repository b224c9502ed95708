import { type Chunk, type Refiner, updateChunk } from "../../../engine/Chunk";
import { textAt } from "../readers";

function isSingleDay(chunk: Chunk): boolean {
  return chunk.role === "main" && chunk.items.length === 1 && chunk.items[0]?.unit === "day";
}

/**
 * A date followed by the same date in the other calendar or by name, "ngày 10/02/2024 (mùng 1 Tết)",
 * "Quốc khánh 2/9": the solar date wins, the other is kept as `equivalent` (checked later).
 */
export const equivalenceRefiner: Refiner = {
  name: "equivalence",
  refine(context, chunks) {
    let out = chunks;
    for (let k = 0; k + 1 < out.length; k++) {
      const a = out[k] as Chunk;
      const b = out[k + 1] as Chunk;
      if (!isSingleDay(a) || !isSingleDay(b)) continue;
      const gap = b.from - a.to;
      const ok =
        gap === 0 ||
        (gap === 1 && textAt(context.tokens, a.to) === "(") ||
        (gap === 1 && textAt(context.tokens, a.to) === ",");
      if (!ok) continue;
      const aLunar = a.items[0]?.lunar === true;
      const bLunar = b.items[0]?.lunar === true;
      const aNamed = a.parser === "namedDay" || a.parser === "lunarDay";
      const bNamed = b.parser === "namedDay" || b.parser === "lunarDay";
      if (aLunar === bLunar && !aNamed && !bNamed) continue;
      const solarFirst = (!aLunar && bLunar) || (aLunar === bLunar && bNamed);
      if (out === chunks) out = [...chunks];
      const keep = solarFirst ? a : b;
      const other = updateChunk(solarFirst ? b : a, { role: "equivalent", range: false, sameAs: keep });
      out[solarFirst ? k + 1 : k] = other;
    }
    return out;
  },
};
