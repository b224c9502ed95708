import { z } from "zod";
import { dayNumber, isValidDate } from "../calendar/dayNumber";
import { checkArgument } from "../errors/checkArgument";
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from "./LunarDate";

/** A solar date: `YYYY-MM-DD`, a `Date` (its calendar day at UTC+7), or `{ year, month, day }`. */
export const SolarDateInputSchema = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  z.date(),
  z.object({ year: z.number().int(), month: z.number().int(), day: z.number().int() }),
]);
/** A solar date in any of the forms the lunar functions accept. */
export type SolarDateInput = z.infer<typeof SolarDateInputSchema>;

/**
 * Validates a solar date and returns its Julian day number.
 * @param fn the public function it checks for (named in the error).
 * @throws PeriodError when the value is malformed (zod); RangeError (bilingual message) when it is not a
 *   real date within 1800–2199.
 */
export function solarDayNumber(input: SolarDateInput, fn: string): number {
  const value = checkArgument(SolarDateInputSchema, input, {
    code: "invalid-input",
    what: { vi: "Ngày", en: "date" },
    fn,
  });
  let year: number;
  let month: number;
  let day: number;
  if (typeof value === "string") {
    [year, month, day] = value.split("-").map(Number) as [number, number, number];
  } else if (value instanceof Date) {
    const local = new Date(value.getTime() + 7 * 3600_000);
    if (Number.isNaN(local.getTime())) throw new RangeError("Ngày không hợp lệ / invalid date");
    year = local.getUTCFullYear();
    month = local.getUTCMonth() + 1;
    day = local.getUTCDate();
  } else {
    ({ year, month, day } = value);
  }
  if (!isValidDate(year, month, day) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(
      `Ngày không hợp lệ hoặc ngoài ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR} / not a date within ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}: ${year}-${month}-${day}`,
    );
  }
  return dayNumber(year, month, day);
}
