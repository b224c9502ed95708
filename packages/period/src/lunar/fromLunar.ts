import { isoFromDayNumber } from "../calendar/dayNumber";
import { type LunarDateInput, LunarDateSchema, type LunarOptions, LunarOptionsSchema } from "./LunarDate";
import { dayNumberFromLunar } from "./lunarFromDayNumber";

/**
 * Converts a Vietnamese lunar date to the solar (Gregorian) calendar.
 *
 * @param lunar `{ year, month, day, leap? }`; `year` is the lunar year (1800–2199).
 * @param options `timeZone` in hours (default 7).
 * @returns the solar date as `YYYY-MM-DD`, or null when the date does not exist
 *   (a leap month that year does not have, or day 30 of a 29-day month).
 * @throws RangeError when `lunar` has the wrong shape or is out of range.
 * @example fromLunar({ year: 2024, month: 8, day: 15 }) // "2024-09-17" (Trung thu)
 */
export function fromLunar(lunar: LunarDateInput, options?: LunarOptions): string | null {
  const parsed = LunarDateSchema.safeParse(lunar);
  if (!parsed.success) {
    throw new RangeError(
      `Ngày âm lịch không hợp lệ / invalid lunar date: ${parsed.error.issues[0]?.message ?? ""}`,
    );
  }
  const { timeZone } = LunarOptionsSchema.parse(options);
  const jd = dayNumberFromLunar(parsed.data, timeZone);
  return jd === null ? null : isoFromDayNumber(jd);
}
