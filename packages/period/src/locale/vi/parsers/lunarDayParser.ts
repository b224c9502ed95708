import type { Parser } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";
import { readMonthValue, readNumber, readYearSuffix, SLASH_OR_DASH, wordAt } from "../readers";
import { applyYear, makeChunk } from "./makeChunk";
import { readCanChi } from "./namedDayParser";

/**
 * Lunar days written the traditional way: "mùng 4 Tết", "mồng 1 Tết Ất Tỵ", "ngày 4 Tết", "rằm tháng Giêng",
 * "rằm tháng 7", and the days before Tết: "28 Tết", "ngày 30 Tết" (the last days of the year before).
 */
export const lunarDayParser: Parser = {
  name: "lunarDay",
  triggers: ["mung", "mong", "ram", "ngay", "#"],
  extract(context, i) {
    const { tokens } = context;
    const w = wordAt(tokens, i);
    if (w === "ngay" || tokens[i]?.kind === "number") {
      const at = w === "ngay" ? i + 1 : i;
      const d = readNumber(tokens, at, 2);
      if (!d || wordAt(tokens, d.next) !== "tet") return null;
      let item: Moment;
      if (d.value >= 1 && d.value <= 10) item = { unit: "day", month: 1, day: d.value, lunar: true };
      else if (d.value >= 20 && d.value <= 30) {
        item = { unit: "day", month: 12, day: d.value, lunar: true, yearShift: -1, lastDay: d.value === 30 };
      } else return null;
      const y = readYearSuffix(tokens, d.next + 1, SLASH_OR_DASH);
      applyYear([item], y?.value);
      return makeChunk("lunarDay", i, y ? y.next : d.next + 1, [item]);
    }
    if (w === "ram") {
      if (wordAt(tokens, i + 1) !== "thang") return null;
      const m = readMonthValue(tokens, i + 2);
      if (!m) return null;
      let next = m.next;
      if (wordAt(tokens, next) === "nhuan") next++;
      const items = [
        { unit: "day" as const, month: m.value, day: 15, lunar: true, leap: next > m.next || undefined },
      ];
      const y = readYearSuffix(tokens, next);
      applyYear(items, y?.value);
      return makeChunk("lunarDay", i, y ? y.next : next, items);
    }
    const d = readNumber(tokens, i + 1, 2);
    if (!d || d.value < 1 || d.value > 10 || wordAt(tokens, d.next) !== "tet") return null;
    const items: Moment[] = [{ unit: "day", month: 1, day: d.value, lunar: true }];
    const canChi = readCanChi(context, d.next + 1);
    if (canChi) {
      (items[0] as Moment).cycle = canChi.cycle;
      return makeChunk("lunarDay", i, canChi.next, items);
    }
    const y = readYearSuffix(tokens, d.next + 1, SLASH_OR_DASH);
    applyYear(items, y?.value);
    return makeChunk("lunarDay", i, y ? y.next : d.next + 1, items);
  },
};
