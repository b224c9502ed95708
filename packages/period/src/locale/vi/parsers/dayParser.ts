import type { Chunk, Parser, ParsingContext } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";
import { type Token, tokenAt } from "../../../text/tokenize";
import { LUNAR_MONTH_WORDS } from "../constants";
import {
  DASH_OR_DOT,
  isDateSeparator,
  NO_SEPARATORS,
  readMonthValue,
  readNumber,
  readYearNumber,
  readYearSuffix,
  textAt,
  wordAt,
  YEAR_SEPARATORS,
  YEAR_SEPARATORS_OR_COMMA,
} from "../readers";
import { applyYear, makeChunk } from "./makeChunk";
import { readCanChi } from "./namedDayParser";

const LEADS = new Set(["ngay", "mung", "mong", "hom"]);
const LIST_SEPARATORS = new Set([",", "va", "&", "+"]);
const RANGE_SEPARATORS = new Set(["-", "den", "toi"]);
/** Words after which a bare "17-2" or "15.12" is a date. */
const CONTEXT_WORDS = new Set([
  "tu",
  "den",
  "toi",
  "truoc",
  "sau",
  "vao",
  "dip",
  "het",
  "nhat",
  "trong",
  "ngay",
  "la",
  "chot",
  "thanh",
  // A part of the day or a relative day before the date: "sáng 22-8", "Sáng nay 4-7", "Hôm qua 25.12".
  "sang",
  "chieu",
  "trua",
  "dem",
  "khuya",
  "nay",
  "mai",
  "qua",
]);
/** Words before ", 15-11" that make it a date: "Sáng mai, 15-11", "sáng nay, 1.7". */
const COMMA_CONTEXT = new Set(["nay", "mai", "qua", "sang", "chieu", "toi", "trua", "dem"]);

/** Whether token `i` starts the second date of a range "15/12/2025-16/3/2026", "28.3 - 3.4". */
function followsDate(tokens: readonly Token[], i: number): boolean {
  const joiner = tokenAt(tokens, i - 1)?.text;
  if (joiner !== "-" && joiner !== "den" && joiner !== "toi") return false;
  const sep = tokenAt(tokens, i - 3)?.text;
  const previous = tokenAt(tokens, i - 2);
  if (previous?.kind !== "number") return false;
  // After "…/3", "….4" or a full "…-2001": the dash ends a date.
  return sep === "/" || sep === "." || (sep === "-" && previous.text.length === 4);
}

/** Whether a year-less "17-2" or "15.12" at `i` reads as a date from what precedes it. */
function dateContext(tokens: readonly Token[], i: number, sep: string): boolean {
  const before = tokenAt(tokens, i - 1);
  if ((i === 0 && sep === "-") || before?.text === "(" || CONTEXT_WORDS.has(before?.text ?? "")) return true;
  if (before?.text === "," && COMMA_CONTEXT.has(tokenAt(tokens, i - 2)?.text ?? "")) return true;
  return followsDate(tokens, i) || precedesDate(tokens, i);
}

/** Whether the "D.M" at `i` is followed by a range word and a full date: "10.09 đến 08.05.2028", "5.04 — 19.11.2010". */
function precedesDate(tokens: readonly Token[], i: number): boolean {
  let j = i + 3;
  const joiner = tokens[j]?.text;
  if (joiner !== "-" && joiner !== "den" && joiner !== "toi") return false;
  j++;
  if (tokens[j]?.text === "het") j++;
  if (tokens[j]?.text === "ngay") j++;
  const full = readFullDate(tokens, j, false);
  return full !== null && full.moment.year !== undefined;
}

function readDay(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const n = readNumber(tokens, i, 2);
  return n && n.value >= 1 && n.value <= 31 ? n : null;
}

/** Reads "D sep M [sep Y]" with one kind of separator, or "D tháng M [năm Y]". */
function readFullDate(
  tokens: readonly Token[],
  i: number,
  ahead = true,
): { moment: Moment; next: number; sep: string } | null {
  const d = readDay(tokens, i);
  if (!d) return null;
  const sep = textAt(tokens, d.next);
  if (sep === "thang") {
    const m = readMonthValue(tokens, d.next + 1);
    if (!m) return null;
    // "25 tháng Chạp", "mùng 6 tháng Giêng": those month names are lunar.
    const lunar = LUNAR_MONTH_WORDS.has(textAt(tokens, d.next + 1)) || undefined;
    const moment: Moment = { unit: "day", day: d.value, month: m.value, lunar };
    const y = readYearSuffix(tokens, m.next, YEAR_SEPARATORS_OR_COMMA);
    applyYear([moment], y?.value);
    return { moment, next: y ? y.next : m.next, sep };
  }
  if (!isDateSeparator(tokens, d.next)) return null;
  const m = readNumber(tokens, d.next + 1, 2);
  if (!m || m.value < 1 || m.value > 12) return null;
  const moment: Moment = { unit: "day", day: d.value, month: m.value };
  let next = m.next;
  if (textAt(tokens, next) === sep) {
    const y = readYearNumber(tokens, next + 1, sep !== "-");
    // "9-11 – 26-7-2018", "3-04–ngày 22-10": a spaced dash, or one before a word, is the range's dash.
    if (!y)
      return sep === "-" && (tokens[next]?.spaced || tokens[next + 1]?.kind === "word")
        ? { moment, next, sep }
        : null;
    moment.year = y.value;
    moment.yearSource = "stated";
    next = y.next;
    // "2-2-2001–23-9-2001": another date may follow the dash; any other number continues this one.
    if (textAt(tokens, next) === sep && !tokens[next]?.spaced && readNumber(tokens, next + 1)) {
      if (!ahead || !readFullDate(tokens, next + 1, false)) return null;
    }
  } else {
    // "26/01-2023": a year glued after another separator.
    const glued = isDateSeparator(tokens, next) && !tokens[next]?.spaced && !tokens[next + 1]?.spaced;
    const y = readYearSuffix(tokens, next, glued ? DASH_OR_DOT : NO_SEPARATORS);
    if (y) {
      applyYear([moment], y.value);
      next = y.next;
    } else if (isDateSeparator(tokens, next) && readNumber(tokens, next + 1)) {
      // "25/03 – 15/04/2015", "28.3 - 3.4": a dash after a day written with "/" or "." joins a range;
      // any other separator continues the number ("2.1.3", "04-10/3" is a range of days).
      if (textAt(tokens, next) !== "-" || sep === "-") return null;
    }
  }
  return { moment, next, sep };
}

/** Reads "YYYY-MM-DD" (ISO) or "YYYY/MM/DD". */
function readIsoDate(tokens: readonly Token[], i: number): { moment: Moment; next: number } | null {
  const y = readYearNumber(tokens, i);
  if (!y) return null;
  const sep = textAt(tokens, y.next);
  if (sep !== "-" && sep !== "/") return null;
  const m = readNumber(tokens, y.next + 1, 2);
  if (!m || textAt(tokens, m.next) !== sep) return null;
  const d = readNumber(tokens, m.next + 1, 2);
  if (!d || tokens[y.next]?.spaced || tokens[m.next]?.spaced) return null;
  return {
    moment: { unit: "day", year: y.value, yearSource: "stated", month: m.value, day: d.value },
    next: d.next,
  };
}

/**
 * Days: "ngày 30/11/2024", "30-11-2024", "15.12.2020", "23 – 5 – 2021", "ngày 6 tháng 10 năm 2024",
 * "2024-10-10", lists "ngày 26, 27, 28, 29/6/2024", ranges "26-28/6/2024", and "ngày 26" (month from context).
 */
export const dayParser: Parser = {
  name: "day",
  triggers: ["ngay", "mung", "mong", "hom", "#"],
  extract(context: ParsingContext, i: number): Chunk | null {
    const { tokens } = context;
    let j = i;
    let lead = false;
    while (LEADS.has(wordAt(tokens, j)) && j < i + 2) {
      j++;
      lead = true;
    }
    if (j === i && tokens[i]?.kind !== "number") return null;
    if (!lead) {
      const iso = readIsoDate(tokens, j);
      if (iso) return makeChunk("day", i, iso.next, [iso.moment]);
      if (wordAt(tokens, i - 1) === "so") return null;
      // Inside another number ("2.1.3", "331/UBND"): not the start of a date.
      if (isDateSeparator(tokens, i - 1) && !tokens[i]?.spaced && !followsDate(tokens, i)) return null;
    }
    const full = readFullDate(tokens, j);
    if (full) {
      // "10.3 Canh Tý", "21.4 Giáp Thìn": a year-less day named with a Can Chi year is lunar.
      const canChi = full.moment.year === undefined ? readCanChi(context, full.next) : null;
      if (canChi) {
        const moment = { ...full.moment, lunar: true, cycle: canChi.cycle };
        return makeChunk("day", i, canChi.next, [moment]);
      }
      if (!lead && full.moment.year === undefined && full.sep !== "/" && full.sep !== "thang") {
        if (!dateContext(tokens, i, full.sep)) return null;
      }
      return makeChunk("day", i, full.next, [full.moment]);
    }
    // Lists and ranges of days sharing one month: "26, 27, 28, 29/6/2024", "26-28/6/2024", "ngày 26 và 28 tháng 3".
    const first = readDay(tokens, j);
    if (!first) return null;
    const days = [first.value];
    let rangeJoin = false;
    let k = first.next;
    for (let guard = 0; guard < 31; guard++) {
      const sep = textAt(tokens, k);
      if (!LIST_SEPARATORS.has(sep) && !RANGE_SEPARATORS.has(sep)) break;
      let q = k + 1;
      if (LEADS.has(wordAt(tokens, q))) q++;
      const d = readDay(tokens, q);
      if (!d) break;
      const after = textAt(tokens, d.next);
      if (RANGE_SEPARATORS.has(sep)) {
        if (days.length !== 1 || d.value <= (days[0] ?? 0)) break;
        rangeJoin = true;
      }
      days.push(d.value);
      k = d.next;
      if (
        after === "/" ||
        after === "." ||
        after === "thang" ||
        (after === "-" && !RANGE_SEPARATORS.has(sep))
      )
        break;
    }
    let month: number | undefined;
    const sep = textAt(tokens, k);
    // "26-28/6", "ngày 19 - 25.1", "từ 11 đến 18-10": after a lead word or a range word, "." and "-" join the month.
    const dotted = lead || (rangeJoin && dateContext(tokens, i, "-"));
    if ((sep === "/" || (dotted && (sep === "." || sep === "-"))) && days.length > 1) {
      const m = readNumber(tokens, k + 1, 2);
      if (m && m.value >= 1 && m.value <= 12) {
        month = m.value;
        k = m.next;
      }
    } else if (sep === "thang") {
      const m = readMonthValue(tokens, k + 1);
      if (m) {
        month = m.value;
        k = m.next;
      }
    }
    if (month === undefined) {
      if (!lead) return null;
      // "mùng 2 đến mùng 5 Tết": the first day alone; its month comes from the range's end.
      return makeChunk("day", i, first.next, [{ unit: "day", day: first.value }]);
    }
    const items: Moment[] = days.map((day) => ({ unit: "day", day, month }));
    const y = readYearSuffix(tokens, k, YEAR_SEPARATORS);
    applyYear(items, y?.value);
    if (y) k = y.next;
    return makeChunk("day", i, k, items, { range: rangeJoin && items.length === 2 });
  },
};
