import { type LunarDate, type LunarOptions, LunarOptionsSchema } from "./LunarDate";
import { lunarFromDayNumber } from "./lunarFromDayNumber";
import { type SolarDateInput, solarDayNumber } from "./SolarDateInput";

/**
 * Converts a solar date to the Vietnamese lunar calendar (UTC+7 by default),
 * with Hồ Ngọc Đức's algorithm.
 *
 * @param date `YYYY-MM-DD`, a `Date` (its day at UTC+7) or `{ year, month, day }`, within 1800–2199.
 * @param options `timeZone` in hours (7 for Vietnam; 8 gives the Chinese calendar).
 * @returns `{ year, month, day, leap }`.
 * @throws RangeError when `date` is not a real date in range.
 * @example toLunar("2024-02-10") // { year: 2024, month: 1, day: 1, leap: false }
 */
export function toLunar(date: SolarDateInput, options?: LunarOptions): LunarDate {
  const { timeZone } = LunarOptionsSchema.parse(options);
  return lunarFromDayNumber(solarDayNumber(date), timeZone);
}
