import { daysInMonth, fromDayNumber } from "../calendar/dayNumber";
import type { DayInterval } from "./Moment";

const ROMAN = ["", "I", "II", "III", "IV"];

/** How dates are written: "natural" uses months, quarters and years where exact; "dates" always dd/mm/yyyy. */
export type IntervalStyle = "natural" | "dates";

/** "01/8/2024" (natural: day padded, month not, as plans write it) or "01/08/2024" (dates). */
export function formatDay(jd: number, style: IntervalStyle = "natural"): string {
  const { year, month, day } = fromDayNumber(jd);
  const mm = style === "dates" ? String(month).padStart(2, "0") : String(month);
  return `${String(day).padStart(2, "0")}/${mm}/${year}`;
}

interface Shape {
  kind: "day" | "month" | "quarter" | "half" | "year" | "years" | "schoolYear" | "months" | "days";
  text: string;
}

function shape(interval: DayInterval): Shape {
  const a = fromDayNumber(interval.start);
  const b = fromDayNumber(interval.end);
  if (interval.start === interval.end) return { kind: "day", text: `ngày ${formatDay(interval.start)}` };
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (a.month === 9 && a.day === 1 && b.month === 5 && b.day === 31 && b.year === a.year + 1) {
    return { kind: "schoolYear", text: `năm học ${a.year}-${b.year}` };
  }
  if (!wholeMonths)
    return { kind: "days", text: `từ ngày ${formatDay(interval.start)} đến ngày ${formatDay(interval.end)}` };
  if (a.month === 1 && b.month === 12) {
    return a.year === b.year
      ? { kind: "year", text: `năm ${a.year}` }
      : { kind: "years", text: `giai đoạn ${a.year}-${b.year}` };
  }
  if (a.year === b.year) {
    if (a.month === b.month) return { kind: "month", text: `tháng ${a.month}/${a.year}` };
    if (a.month === 1 && b.month === 6) return { kind: "half", text: `6 tháng đầu năm ${a.year}` };
    if (a.month === 7 && b.month === 12) return { kind: "half", text: `6 tháng cuối năm ${a.year}` };
    if ((a.month - 1) % 3 === 0 && b.month % 3 === 0) {
      const qa = (a.month + 2) / 3;
      const qb = b.month / 3;
      return {
        kind: "quarter",
        text: qa === qb ? `quý ${ROMAN[qa]}/${a.year}` : `quý ${ROMAN[qa]}-${ROMAN[qb]}/${a.year}`,
      };
    }
  }
  return { kind: "months", text: `từ tháng ${a.month}/${a.year} đến tháng ${b.month}/${b.year}` };
}

/** Capitalises the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Writes an interval in Vietnamese: "Ngày 30/11/2024", "Tháng 8/2024", "Quý III/2024",
 * "Năm 2024", "Từ ngày 01/8/2024 đến ngày 31/12/2024"; with style "dates", "Từ 01/08/2024 đến 31/12/2024".
 */
export function formatInterval(
  interval: DayInterval,
  style: IntervalStyle = "natural",
  capital = true,
): string {
  let text: string;
  if (style === "dates") {
    text =
      interval.start === interval.end
        ? formatDay(interval.start, "dates")
        : `từ ${formatDay(interval.start, "dates")} đến ${formatDay(interval.end, "dates")}`;
  } else text = shape(interval).text;
  return capital ? capitalise(text) : text;
}
