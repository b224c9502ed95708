import { checkArgument } from "../errors/checkArgument";
import { type LunarDate, type LunarOptions, LunarOptionsSchema, lunarOptions } from "./LunarDate";
import { lunarFromDayNumber } from "./lunarFromDayNumber";
import { type SolarDateInput, solarDayNumber } from "./SolarDateInput";

/**
 * Converts a solar date to the Vietnamese lunar calendar (UTC+7 by default),
 * with Hồ Ngọc Đức's algorithm.
 *
 * @param date `YYYY-MM-DD`, a `Date` (its day at UTC+7) or `{ year, month, day }`, within 1800–2199.
 * @param options `timeZone` in hours (7 for Vietnam; 8 gives the Chinese calendar).
 * @returns `{ year, month, day, leap }`.
 * @throws PeriodError (a `RangeError`) when `date` is malformed or `options` is (one diagnostic per zod
 *   issue, in Vietnamese by zod's `vi` locale and English, with its `path`); a `RangeError` when `date` is
 *   well formed but not a real date within 1800–2199.
 * @example
 * ```ts
 * import { toLunar } from "@kehoach/period";
 *
 * toLunar("2024-02-10"); // { year: 2024, month: 1, day: 1, leap: false }
 * ```
 */
export function toLunar(date: SolarDateInput, options?: LunarOptions): LunarDate {
  const { timeZone } = checkArgument(LunarOptionsSchema, options, lunarOptions("toLunar"));
  return lunarFromDayNumber(solarDayNumber(date, "toLunar"), timeZone);
}
