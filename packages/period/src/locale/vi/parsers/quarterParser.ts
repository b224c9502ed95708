import type { Parser } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";
import { glued, readQuarterValue, readYearNumber, readYearSuffix, textAt, wordAt } from "../readers";
import { applyYear, makeChunk } from "./makeChunk";

const LIST_SEPARATORS = new Set([",", "va", "&", "+"]);
const RANGE_SEPARATORS = new Set(["-", "den", "toi"]);

/** Quarters: "Quý III/2024", "quý 3 năm 2024", "Q3/2024", "Quý III-IV/2024", "quý I, II/2025", "quý I và quý II". */
export const quarterParser: Parser = {
  name: "quarter",
  triggers: ["quy", "q"],
  extract(context, i) {
    const { tokens } = context;
    let j = i + 1;
    if (wordAt(tokens, i) === "q" && !(tokens[j]?.kind === "number" && glued(tokens, j))) return null;
    const first = readQuarterValue(tokens, j);
    if (!first) return null;
    const quarters = [first.value];
    let range = false;
    j = first.next;
    for (let guard = 0; guard < 4; guard++) {
      const sep = textAt(tokens, j);
      if (!LIST_SEPARATORS.has(sep) && !RANGE_SEPARATORS.has(sep)) break;
      if (sep === "-" && readYearNumber(tokens, j + 1)) break;
      let q = j + 1;
      if (wordAt(tokens, q) === "quy" || wordAt(tokens, q) === "q") q++;
      const next = readQuarterValue(tokens, q);
      if (!next) break;
      if (RANGE_SEPARATORS.has(sep)) {
        if (quarters.length !== 1 || next.value <= (quarters[0] ?? 0)) break;
        range = true;
      }
      quarters.push(next.value);
      j = next.next;
      if (range) break;
    }
    const items: Moment[] = quarters.map((quarter) => ({ unit: "quarter", quarter }));
    const y = readYearSuffix(tokens, j);
    applyYear(items, y?.value);
    if (y) j = y.next;
    return makeChunk("quarter", i, j, items, { range });
  },
};
