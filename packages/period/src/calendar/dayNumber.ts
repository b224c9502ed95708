/**
 * Calendar arithmetic on Julian day numbers (an integer per civil day), the
 * representation every other module of the package computes with.
 */

/** The Julian day number of a proleptic Gregorian date (Julian calendar before 1582-10-15). */
export function dayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  let jd =
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045;
  if (jd < 2299161) jd = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jd;
}

/** A calendar date as numbers. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of a Julian day number. */
export function fromDayNumber(jd: number): Ymd {
  let a: number;
  let b: number;
  let c: number;
  if (jd > 2299160) {
    a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: b * 100 + d - 4800 + Math.floor(m / 10),
  };
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the numbers form a real Gregorian date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const PAD2 = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/** ISO strings already built, by day number (bounded; cleared when full). */
const isoCache = new Map<number, string>();
const ISO_CACHE_MAX = 8192;

/** `YYYY-MM-DD` for a Julian day number. */
export function isoFromDayNumber(jd: number): string {
  const cached = isoCache.get(jd);
  if (cached !== undefined) return cached;
  const { year, month, day } = fromDayNumber(jd);
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, "0");
  const iso = `${y}-${PAD2[month]}-${PAD2[day]}`;
  if (isoCache.size >= ISO_CACHE_MAX) isoCache.clear();
  isoCache.set(jd, iso);
  return iso;
}

/** The Julian day number of a `YYYY-MM-DD` string, or null when it is not a real date. */
export function dayNumberFromIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
}
