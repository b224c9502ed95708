import { LunarDateSchema } from "./LunarDate";
import { lunarFromDayNumber } from "./lunarFromDayNumber";
import { type SolarDateInput, solarDayNumber } from "./SolarDateInput";

/** The ten Heavenly Stems (Can), Giáp first. */
export const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const;
/** The twelve Earthly Branches (Chi), Tý first. */
export const CHI = [
  "Tý",
  "Sửu",
  "Dần",
  "Mão",
  "Thìn",
  "Tỵ",
  "Ngọ",
  "Mùi",
  "Thân",
  "Dậu",
  "Tuất",
  "Hợi",
] as const;

/**
 * The Can Chi name of a lunar year ("Giáp Thìn" for 2024).
 * @throws RangeError when `year` is not an integer.
 */
export function canChiOfYear(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`Năm không hợp lệ / invalid year: ${year}`);
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}

/** The Can Chi names of a day, its lunar month and its lunar year. */
export interface CanChi {
  year: string;
  month: string;
  day: string;
}

/**
 * The Can Chi of a solar date: of its day, of the lunar month and of the lunar year it falls in.
 * @example
 * ```ts
 * import { canChi } from "@kehoach/period";
 *
 * canChi("2024-02-10"); // { year: "Giáp Thìn", month: "Bính Dần", day: "Giáp Thìn" }
 * ```
 */
export function canChi(date: SolarDateInput): CanChi {
  const jd = solarDayNumber(date, "canChi");
  const lunar = LunarDateSchema.parse(lunarFromDayNumber(jd, 7));
  return {
    year: canChiOfYear(lunar.year),
    month: `${CAN[(lunar.year * 12 + lunar.month + 3) % 10]} ${CHI[(lunar.month + 1) % 12]}`,
    day: `${CAN[(jd + 9) % 10]} ${CHI[(jd + 1) % 12]}`,
  };
}
