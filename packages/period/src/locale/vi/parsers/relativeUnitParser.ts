import { dayNumber, daysInMonth, fromDayNumber } from "../../../calendar/dayNumber";
import type { Parser } from "../../../engine/Chunk";
import { readNumber, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

/** "này" (this), "tới"/"sau" (next), "trước" (last) after "tuần", "tháng", "quý". */
function offsetWord(word: string, raw: string): number | null {
  if (word === "nay") return 0;
  if (word === "toi") return 1;
  // "tháng sau" is next month; "tháng Sáu" (accented) is June and is read by the month parser.
  if (word === "sau" && raw.toLowerCase() === "sau") return 1;
  if (word === "truoc") return -1;
  return null;
}

/**
 * Weeks, months and quarters relative to the `referenceDate` option: "tuần này", "tuần tới",
 * "tháng này", "tháng tới", "tháng sau", "tháng trước", "quý này", "quý tới". Weeks start on Monday.
 * Without a reference date they are relative to `now`.
 */
export const relativeUnitParser: Parser = {
  name: "relativeUnit",
  triggers: ["tuan", "thang", "quy"],
  extract(context, i) {
    const { tokens } = context;
    const unit = wordAt(tokens, i);
    const next = tokens[i + 1];
    if (next?.kind !== "word") return null;
    const offset = offsetWord(next.text, next.raw);
    if (offset === null) return null;
    if (offset === -1 && (readNumber(tokens, i + 2) || wordAt(tokens, i + 2) === "ngay")) return null;
    const ref = context.referenceDay;
    if (ref === null) return makeChunk("relativeUnit", i, i + 2, [], { role: "relative", relativeTo: "now" });
    let start: number;
    let end: number;
    if (unit === "tuan") {
      start = ref - (ref % 7) + 7 * offset;
      end = start + 6;
    } else {
      const { year, month } = fromDayNumber(ref);
      const size = unit === "quy" ? 3 : 1;
      const first = unit === "quy" ? month - ((month - 1) % 3) : month;
      const index = year * 12 + (first - 1) + size * offset;
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      const lastIndex = index + size - 1;
      const ly = Math.floor(lastIndex / 12);
      const lm = (lastIndex % 12) + 1;
      start = dayNumber(y, m, 1);
      end = dayNumber(ly, lm, daysInMonth(ly, lm));
    }
    return makeChunk("relativeUnit", i, i + 2, [{ unit: "fixed", fixedStart: start, fixedEnd: end }]);
  },
};
