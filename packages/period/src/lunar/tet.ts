import { z } from "zod";
import { isoFromDayNumber } from "../calendar/dayNumber";
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, type LunarOptions, LunarOptionsSchema } from "./LunarDate";
import { dayNumberFromLunar } from "./lunarFromDayNumber";

const YearSchema = z.number().int().min(LUNAR_MIN_YEAR).max(LUNAR_MAX_YEAR);

/**
 * The solar date of Tết Nguyên đán (the first day of the lunar year) in `year`.
 *
 * @param year a solar year, 1800–2199.
 * @param options `timeZone` (default 7; 8 gives the Chinese New Year).
 * @throws RangeError when `year` is out of range.
 * @example tet(1985) // "1985-01-21" (China: 1985-02-20)
 */
export function tet(year: number, options?: LunarOptions): string {
  const parsed = YearSchema.safeParse(year);
  if (!parsed.success) {
    throw new RangeError(`Năm ngoài ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR} / year out of range: ${year}`);
  }
  const { timeZone } = LunarOptionsSchema.parse(options);
  const jd = dayNumberFromLunar({ year: parsed.data, month: 1, day: 1, leap: false }, timeZone);
  if (jd === null) throw new RangeError(`Không tính được Tết / cannot compute Tết: ${year}`);
  return isoFromDayNumber(jd);
}
