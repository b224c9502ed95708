import { fromDayNumber } from "../calendar/dayNumber";
import { leapMonthOffset, lunarMonth11, NEW_MOON_EPOCH, newMoonDay, SYNODIC_MONTH } from "./astronomy";
import type { LunarDate } from "./LunarDate";

const MAX_CACHE = 20_000;
const toLunarCache = new Map<number, LunarDate>();
const fromLunarCache = new Map<number | string, number | null>();

/**
 * The cache key of a lunar date at a time zone: one small integer (below 2^30, so never boxed) when
 * every field is an integer in range (no string built per lookup), else a string.
 */
function fromLunarKey(lunar: LunarDate, timeZone: number): number | string {
  const { year, month, day } = lunar;
  if (
    Number.isInteger(year) &&
    year >= 0 &&
    year < 4000 &&
    Number.isInteger(month) &&
    month >= 0 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 0 &&
    day <= 31 &&
    Number.isInteger(timeZone) &&
    timeZone >= -12 &&
    timeZone <= 14
  ) {
    return (((year * 13 + month) * 32 + day) * 2 + (lunar.leap ? 1 : 0)) * 32 + (timeZone + 12);
  }
  return `${year}/${month}/${day}/${lunar.leap ? 1 : 0}/${timeZone}`;
}

/** The lunar date of a Julian day number (Hồ Ngọc Đức's `convertSolar2Lunar`), memoised. */
export function lunarFromDayNumber(jd: number, timeZone: number): LunarDate {
  const key = jd * 100 + timeZone;
  const cached = toLunarCache.get(key);
  if (cached) return { ...cached };
  const value = computeLunar(jd, timeZone);
  if (toLunarCache.size >= MAX_CACHE) toLunarCache.clear();
  toLunarCache.set(key, value);
  return { ...value };
}

/**
 * The Julian day number of a lunar date (Hồ Ngọc Đức's `convertLunar2Solar`), memoised,
 * or null when that leap month or that 30th day does not exist.
 */
export function dayNumberFromLunar(lunar: LunarDate, timeZone: number): number | null {
  const key = fromLunarKey(lunar, timeZone);
  const cached = fromLunarCache.get(key);
  if (cached !== undefined) return cached;
  const value = computeSolar(lunar, timeZone);
  if (fromLunarCache.size >= MAX_CACHE) fromLunarCache.clear();
  fromLunarCache.set(key, value);
  return value;
}

function computeLunar(jd: number, timeZone: number): LunarDate {
  const { year } = fromDayNumber(jd);
  const k = Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > jd) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const day = jd - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

function computeSolar(lunar: LunarDate, timeZone: number): number | null {
  let a11: number;
  let b11: number;
  if (lunar.month < 11) {
    a11 = lunarMonth11(lunar.year - 1, timeZone);
    b11 = lunarMonth11(lunar.year, timeZone);
  } else {
    a11 = lunarMonth11(lunar.year, timeZone);
    b11 = lunarMonth11(lunar.year + 1, timeZone);
  }
  let off = lunar.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (lunar.leap && lunar.month !== leapMonth) return null;
    if (lunar.leap || off >= leapOff) off += 1;
  } else if (lunar.leap) {
    return null;
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const monthStart = newMoonDay(k + off, timeZone);
  const jd = monthStart + lunar.day - 1;
  if (lunar.day === 30) {
    const next = lunarFromDayNumber(jd, timeZone);
    if (next.day !== 30) return null;
  }
  return jd;
}
