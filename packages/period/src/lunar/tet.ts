import { z } from "zod";
import { isoFromDayNumber } from "../calendar/dayNumber";
import { checkArgument } from "../errors/checkArgument";
import {
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  type LunarOptions,
  LunarOptionsSchema,
  lunarOptions,
} from "./LunarDate";
import { dayNumberFromLunar } from "./lunarFromDayNumber";

const YearSchema = z.number().int().min(LUNAR_MIN_YEAR).max(LUNAR_MAX_YEAR);

/**
 * The solar date of Tết Nguyên đán (the first day of the lunar year) in `year`.
 *
 * @param year a solar year, 1800–2199.
 * @param options `timeZone` (default 7; 8 gives the Chinese New Year).
 * @throws PeriodError (a `RangeError`) when `year` is not an integer within 1800–2199 or `options` is
 *   malformed: one diagnostic per zod issue, in Vietnamese (zod's `vi` locale) and English, with its `path`.
 * @example
 * ```ts
 * import { tet } from "@kehoach/period";
 *
 * tet(1985); // "1985-01-21"
 * tet(1985, { timeZone: 8 }); // "1985-02-20" (the Chinese New Year)
 * ```
 */
export function tet(year: number, options?: LunarOptions): string {
  const lunarYear = checkArgument(YearSchema, year, {
    code: "invalid-input",
    what: { vi: "Năm", en: "year" },
    fn: "tet",
  });
  const { timeZone } = checkArgument(LunarOptionsSchema, options, lunarOptions("tet"));
  const jd = dayNumberFromLunar({ year: lunarYear, month: 1, day: 1, leap: false }, timeZone);
  if (jd === null) throw new RangeError(`Không tính được Tết / cannot compute Tết: ${year}`);
  return isoFromDayNumber(jd);
}
