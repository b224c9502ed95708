import { isoFromDayNumber } from "../calendar/dayNumber";
import { checkArgument } from "../errors/checkArgument";
import {
  type LunarDateInput,
  LunarDateSchema,
  type LunarOptions,
  LunarOptionsSchema,
  lunarOptions,
} from "./LunarDate";
import { dayNumberFromLunar } from "./lunarFromDayNumber";

/**
 * Converts a Vietnamese lunar date to the solar (Gregorian) calendar.
 *
 * @param lunar `{ year, month, day, leap? }`; `year` is the lunar year (1800–2199).
 * @param options `timeZone` in hours (default 7).
 * @returns the solar date as `YYYY-MM-DD`, or null when the date does not exist
 *   (a leap month that year does not have, or day 30 of a 29-day month).
 * @throws PeriodError (a `RangeError`) when `lunar` or `options` has the wrong shape or is out of
 *   range: one diagnostic per zod issue, in Vietnamese (zod's `vi` locale) and English, with its `path`.
 * @example
 * ```ts
 * import { fromLunar } from "@kehoach/period";
 *
 * fromLunar({ year: 2024, month: 8, day: 15 }); // "2024-09-17" (Trung thu)
 * fromLunar({ year: 2024, month: 2, day: 1, leap: true }); // null (2024 has no leap 2nd month)
 * ```
 */
export function fromLunar(lunar: LunarDateInput, options?: LunarOptions): string | null {
  const date = checkArgument(LunarDateSchema, lunar, {
    code: "invalid-input",
    what: { vi: "Ngày âm lịch", en: "lunar date" },
    fn: "fromLunar",
  });
  const { timeZone } = checkArgument(LunarOptionsSchema, options, lunarOptions("fromLunar"));
  const jd = dayNumberFromLunar(date, timeZone);
  return jd === null ? null : isoFromDayNumber(jd);
}
