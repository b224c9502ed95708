import { LEVEL_WORDS } from "../locale/vi/constants";
import type { Milestone } from "../PeriodResult";
import type { Token } from "../text/tokenize";
import type { ParsingContext } from "./Chunk";
import type { PartRange } from "./splitParts";

/** Words dropped from the end of a label: "Cấp quận hoàn thành trong" → "Cấp quận". */
const LABEL_FILLERS = new Set([
  "trong",
  "vao",
  "hoan",
  "thanh",
  "tu",
  "thoi",
  "gian",
  "la",
  "dip",
  "xong",
  "ngay",
]);
const TRAILING = /[\s:;,\-–—(]+$/u;
const LEADING = /^[\s:;,\-–—+•*·)]+/u;

/**
 * The label of a part: its words before the first time expression ("Cấp quận", "Tham gia cấp
 * Thành phố"), or, when the part starts with the date, the whole part.
 */
export function partLabel(context: ParsingContext, range: PartRange, firstTimed: number): string {
  const { tokens, text } = context;
  const from = tokens[range.labelFrom];
  const last = tokens[range.to - 1];
  if (!from || !last) return "";
  let end = firstTimed;
  while (end > range.labelFrom && LABEL_FILLERS.has(tokens[end - 1]?.text ?? "")) end--;
  const before = end > range.labelFrom ? tokens[end - 1] : undefined;
  const head = before
    ? text.slice(from.start, before.end).replace(LEADING, "").replace(TRAILING, "").trim()
    : "";
  if (head) return head;
  return text.slice(from.start, last.end).replace(LEADING, "").replace(TRAILING, "").trim();
}

/** The level a part names: "cấp quận" → district, "cấp phường"/"cấp cơ sở" → ward, "cấp Thành phố" → city. */
export function partLevel(tokens: readonly Token[], range: PartRange): Milestone["level"] {
  for (let k = range.from; k < range.to; k++) {
    if (tokens[k]?.text !== "cap") continue;
    for (const entry of LEVEL_WORDS) {
      if (entry.words.every((w, n) => tokens[k + 1 + n]?.text === w)) return entry.level;
    }
  }
  return null;
}
