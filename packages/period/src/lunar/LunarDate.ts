import { z } from "zod";
import type { ArgumentRole } from "../errors/checkArgument";

/** Years the lunar calendar functions accept (the algorithm is verified for 1900–2100). */
export const LUNAR_MIN_YEAR = 1800;
/** Last year the lunar calendar functions accept. */
export const LUNAR_MAX_YEAR = 2199;

/** A date of the Vietnamese lunar calendar (âm lịch). */
export const LunarDateSchema = z.object({
  /** The lunar year, named after the solar year in which it starts (Tết 2024 starts lunar year 2024). */
  year: z.number().int().min(LUNAR_MIN_YEAR).max(LUNAR_MAX_YEAR),
  /** 1 (tháng Giêng) … 12 (tháng Chạp). */
  month: z.number().int().min(1).max(12),
  /** 1 … 30 (mùng 1 … 30). */
  day: z.number().int().min(1).max(30),
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap: z.boolean().default(false),
});
/** A date of the Vietnamese lunar calendar; `leap` marks a leap month (tháng nhuận). */
export type LunarDate = z.output<typeof LunarDateSchema>;
/** Input accepted by `fromLunar`: `leap` may be left out. */
export type LunarDateInput = z.input<typeof LunarDateSchema>;

/** Time-zone option of the lunar functions: hours east of UTC (7 for Vietnam, 8 for China). */
export const LunarOptionsSchema = z
  .object({ timeZone: z.number().min(-12).max(14).default(7) })
  .default({ timeZone: 7 });
/** Options of the lunar functions. */
export type LunarOptions = z.input<typeof LunarOptionsSchema>;

/** The `options` argument of lunar function `fn`, for `checkArgument`. */
export function lunarOptions(fn: string): ArgumentRole {
  return { code: "invalid-options", what: { vi: "Tùy chọn", en: "option" }, fn };
}
