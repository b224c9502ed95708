import type { Chunk, Parser, ParsingContext } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";
import { LUNAR_MONTH_WORDS } from "../constants";
import {
  glued,
  readMonthValue,
  readNumber,
  readYearNumber,
  readYearSuffix,
  textAt,
  wordAt,
} from "../readers";
import { applyYear, makeChunk } from "./makeChunk";

const LIST_SEPARATORS = new Set([",", "va", "&", "+"]);
const RANGE_SEPARATORS = new Set(["-", "den", "toi"]);

/**
 * Reads a month expression at `i`: "tháng 8/2024", "T10/2024", "8/2024", "tháng Mười",
 * lists "tháng 6,7/2024", "tháng 11, tháng 12 năm 2025" and ranges "tháng 4-10/2024".
 */
export function readMonths(context: ParsingContext, i: number, requireLead: boolean): Chunk | null {
  const { tokens } = context;
  let j = i;
  let lead = false;
  const w = wordAt(tokens, j);
  if (w === "thang") {
    j++;
    lead = true;
  } else if (w === "t" && tokens[j + 1]?.kind === "number" && glued(tokens, j + 1)) {
    j++;
    lead = true;
  }
  if (requireLead && !lead) return null;
  const first = lead ? readMonthValue(tokens, j) : readNumber(tokens, j, 2);
  if (!first || first.value < 1 || first.value > 12) return null;
  if (!lead) {
    // A bare "8/2024": a month only when a four-digit year follows at once.
    const sep = textAt(tokens, first.next);
    if ((sep !== "/" && sep !== "-" && sep !== ".") || !readYearNumber(tokens, first.next + 1)) return null;
    if (wordAt(tokens, i - 1) === "so" || textAt(tokens, i - 1) === "/") return null;
    // "02/2023/TT-BTTTT", "09/2019/NĐ-CP": a document number, not a month.
    if (textAt(tokens, first.next + 2) === "/" && tokens[first.next + 3]?.kind === "word") return null;
  }
  const lunarWord = LUNAR_MONTH_WORDS.has(wordAt(tokens, j));
  const months = [first.value];
  let range = false;
  let k = first.next;
  for (let guard = 0; guard < 12 && lead; guard++) {
    const sep = textAt(tokens, k);
    if (!LIST_SEPARATORS.has(sep) && !RANGE_SEPARATORS.has(sep)) break;
    if (sep === "-" && readYearNumber(tokens, k + 1)) break;
    let q = k + 1;
    if (wordAt(tokens, q) === "thang") q++;
    else if (wordAt(tokens, q) === "t" && glued(tokens, q + 1)) q++;
    const m = readMonthValue(tokens, q);
    if (!m || (tokens[q]?.kind === "word" && q === k + 1 && sep !== "-")) break;
    if (RANGE_SEPARATORS.has(sep)) {
      if (months.length !== 1) break;
      range = true;
    }
    months.push(m.value);
    k = m.next;
    if (range) break;
  }
  const items: Moment[] = months.map((month) => ({ unit: "month", month, lunar: lunarWord || undefined }));
  const y = readYearSuffix(tokens, k);
  applyYear(items, y?.value);
  if (y) k = y.next;
  if (range && items.length === 2) {
    const [a, b] = items as [Moment, Moment];
    if ((a.month ?? 0) > (b.month ?? 0) && a.year !== undefined) {
      a.year -= 1;
    }
  }
  return makeChunk("month", i, k, items, { range: range && items.length === 2 });
}

/** Months: "tháng 8/2024", "T10/2024", "8/2024", "tháng Mười", "tháng 6,7/2024", "tháng 4-10/2024". */
export const monthParser: Parser = {
  name: "month",
  triggers: ["thang", "t", "#"],
  extract(context, i) {
    return readMonths(context, i, tokensIsNumber(context, i) === false);
  },
};

function tokensIsNumber(context: ParsingContext, i: number): boolean {
  return context.tokens[i]?.kind === "number";
}
