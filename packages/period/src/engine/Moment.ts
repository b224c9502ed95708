import { dayNumber, daysInMonth, isValidDate } from "../calendar/dayNumber";
import { dayNumberFromLunar } from "../lunar/lunarFromDayNumber";

/** A window inside a month, quarter or year ("đầu", "giữa", "cuối", "tuần đầu", …). */
export type Part =
  | "early"
  | "mid"
  | "late"
  | "firstWeek"
  | "lastWeek"
  | "firstHalf"
  | "secondHalf"
  | "week1"
  | "week2"
  | "week3"
  | "week4"
  | "week5";

/** Where a year came from: written in the phrase, taken from a neighbour, from the options, or from today. */
export type YearSource = "stated" | "context" | "option" | "today";

/**
 * A calendar value as the phrase states it, before the year is known:
 * the unit, the numbers written, and the window inside it. Stated and implied
 * values stay apart (`yearSource`), so callers can tell what the text said.
 */
export interface Moment {
  unit: "day" | "month" | "months" | "quarter" | "year" | "years" | "schoolYear" | "fixed";
  year?: number;
  yearSource?: YearSource;
  /** Year offset from the reference year ("năm nay" 0, "năm sau" 1), used when `year` is missing. */
  yearOffset?: number;
  month?: number;
  /** Last month of a `months` moment ("6 tháng đầu năm": 1..6). */
  toMonth?: number;
  day?: number;
  quarter?: number;
  /** Last year of a `years` moment ("giai đoạn 2021-2025"). */
  toYear?: number;
  part?: Part;
  lunar?: boolean;
  leap?: boolean;
  /** Added to the year when resolving: "28 Tết" is in the lunar year before the Tết it names (−1). */
  yearShift?: number;
  /** "30 Tết": the last day of the month, the 29th when the month has no 30th. */
  lastDay?: boolean;
  /** Position 0–59 in the sexagenary cycle when the year is given by its Can Chi name ("Tết Ất Tỵ"). */
  cycle?: number;
  /** Julian day numbers of a `fixed` moment (an anniversary given as a date). */
  fixedStart?: number;
  fixedEnd?: number;
}

/** An inclusive interval of Julian day numbers. */
export interface DayInterval {
  start: number;
  end: number;
}

function applyPart(interval: DayInterval, part: Part | undefined, unit: Moment["unit"]): DayInterval {
  if (!part) return interval;
  const { start, end } = interval;
  if (unit === "year" || unit === "quarter") return interval;
  switch (part) {
    case "early":
      return { start, end: Math.min(end, start + 9) };
    case "mid":
      return { start: start + 10, end: Math.min(end, start + 19) };
    case "late":
      return { start: start + 20, end };
    case "firstWeek":
      return { start, end: start + 6 };
    case "lastWeek":
      return { start: end - 6, end };
    case "firstHalf":
      return { start, end: start + 14 };
    case "secondHalf":
      return { start: start + 15, end };
    default: {
      const n = Number(part.slice(4));
      const s = start + 7 * (n - 1);
      return s > end ? { start: end - 6, end } : { start: s, end: Math.min(end, s + 6) };
    }
  }
}

function solarMonth(year: number, month: number): DayInterval {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
}

function lunarMonth(year: number, month: number, leap: boolean): DayInterval | null {
  const start = dayNumberFromLunar({ year, month, day: 1, leap }, 7);
  if (start === null) return null;
  const thirty = dayNumberFromLunar({ year, month, day: 30, leap }, 7);
  return { start, end: thirty ?? start + 28 };
}

function monthsOfYear(year: number, from: number, to: number, part: Part | undefined): DayInterval {
  return applyYearPart(
    { start: dayNumber(year, from, 1), end: solarMonth(year, to).end },
    year,
    from,
    to,
    part,
  );
}

function applyYearPart(
  interval: DayInterval,
  year: number,
  from: number,
  to: number,
  part: Part | undefined,
): DayInterval {
  if (!part) return interval;
  const span = to - from + 1;
  if (span === 3) {
    const index = part === "early" ? 0 : part === "mid" ? 1 : part === "late" ? 2 : -1;
    if (index >= 0) return solarMonth(year, from + index);
  }
  if (span === 12) {
    if (part === "early") return monthsOfYear(year, 1, 4, undefined);
    if (part === "mid") return monthsOfYear(year, 5, 8, undefined);
    if (part === "late") return monthsOfYear(year, 9, 12, undefined);
    if (part === "firstHalf") return monthsOfYear(year, 1, 6, undefined);
    if (part === "secondHalf") return monthsOfYear(year, 7, 12, undefined);
  }
  return interval;
}

/**
 * The days a moment covers once its year is known, or null when the numbers
 * do not form a real date (31/2, a leap month that year lacks).
 */
export function resolveMoment(moment: Moment, year: number): DayInterval | null {
  const y = (moment.year ?? year) + (moment.yearShift ?? 0);
  switch (moment.unit) {
    case "fixed":
      return moment.fixedStart === undefined
        ? null
        : { start: moment.fixedStart, end: moment.fixedEnd ?? moment.fixedStart };
    case "day": {
      const { month, day } = moment;
      if (month === undefined || day === undefined) return null;
      if (moment.lunar) {
        let jd = dayNumberFromLunar({ year: y, month, day, leap: moment.leap ?? false }, 7);
        if (jd === null && moment.lastDay && day === 30) {
          jd = dayNumberFromLunar({ year: y, month, day: 29, leap: moment.leap ?? false }, 7);
        }
        return jd === null ? null : { start: jd, end: jd };
      }
      if (!isValidDate(y, month, day)) return null;
      const jd = dayNumber(y, month, day);
      return { start: jd, end: jd };
    }
    case "month": {
      const { month } = moment;
      if (month === undefined || month < 1 || month > 12) return null;
      const base = moment.lunar ? lunarMonth(y, month, moment.leap ?? false) : solarMonth(y, month);
      return base ? applyPart(base, moment.part, "month") : null;
    }
    case "months": {
      const from = moment.month ?? 1;
      const to = moment.toMonth ?? 12;
      if (from < 1 || to > 12 || from > to) return null;
      return { start: dayNumber(y, from, 1), end: solarMonth(y, to).end };
    }
    case "quarter": {
      const q = moment.quarter;
      if (q === undefined || q < 1 || q > 4) return null;
      return monthsOfYear(y, 3 * q - 2, 3 * q, moment.part);
    }
    case "year":
      return monthsOfYear(y, 1, 12, moment.part);
    case "years": {
      const to = moment.toYear ?? y;
      if (to < y) return null;
      return { start: dayNumber(y, 1, 1), end: dayNumber(to, 12, 31) };
    }
    case "schoolYear":
      return { start: dayNumber(y, 9, 1), end: dayNumber(y + 1, 5, 31) };
  }
}

/** Whether the moment still needs a year from its context. */
export function needsYear(moment: Moment): boolean {
  return moment.year === undefined && moment.unit !== "fixed";
}
