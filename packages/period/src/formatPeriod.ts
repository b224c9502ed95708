import { z } from "zod";
import { dayNumberFromIso } from "./calendar/dayNumber";
import { capitalise, formatDay, formatInterval, type IntervalStyle } from "./engine/formatInterval";
import { type ArgumentRole, checkArgument } from "./errors/checkArgument";
import { IsoDateSchema, type Milestone, type PeriodResult, PeriodResultSchema } from "./PeriodResult";

/** A bare interval to format: inclusive ISO dates, either bound may be null. */
export const PeriodIntervalSchema = z.object({
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
});
/** A bare interval to format. */
export type PeriodInterval = z.infer<typeof PeriodIntervalSchema>;

/**
 * "natural" (default): the words plans use, "Quý III/2024", "Tháng 8/2024",
 * "Từ ngày 01/8/2024 đến ngày 31/12/2024"; "dates": always dates, "Từ 01/08/2024 đến 31/12/2024".
 */
export type FormatStyle = IntervalStyle;

const StyleSchema = z.enum(["natural", "dates"]).default("natural");

const STYLE: ArgumentRole = {
  code: "invalid-options",
  what: { vi: "Kiểu trình bày", en: "style" },
  fn: "formatPeriod",
};
const VALUE: ArgumentRole = {
  code: "invalid-input",
  what: { vi: "Kết quả thời gian hoặc khoảng { start, end }", en: "PeriodResult or { start, end }" },
  fn: "formatPeriod",
};

/** The value as a result or an interval: a value with a `kind` is checked as a `PeriodResult`, any other as an interval. */
function readValue(value: unknown): PeriodResult | PeriodInterval {
  const isResult = typeof value === "object" && value !== null && "kind" in value;
  return checkArgument(isResult ? PeriodResultSchema : PeriodIntervalSchema, value, VALUE);
}

function jd(iso: string): number {
  const value = dayNumberFromIso(iso);
  if (value === null) throw new RangeError(`Ngày không hợp lệ / invalid date: ${iso}`);
  return value;
}

function day(iso: string, style: FormatStyle): string {
  return style === "dates" ? formatDay(jd(iso), "dates") : `ngày ${formatDay(jd(iso))}`;
}

function bounds(start: string | null, end: string | null, style: FormatStyle): string {
  if (start && end) return formatInterval({ start: jd(start), end: jd(end) }, style, false);
  if (start) return `từ ${day(start, style)}`;
  // "đến ngày D", not "đến hết ngày D": alone, that one is a deadline.
  if (end) return `đến ${day(end, style)}`;
  return "";
}

function withDeadline(
  start: string | null,
  end: string | null,
  deadline: string | null,
  style: FormatStyle,
): string {
  if (!deadline) return bounds(start, end, style);
  const due = `hoàn thành trước ${day(deadline, style)}`;
  if (!start) return due;
  if (end === deadline || end === null) return `từ ${day(start, style)}, ${due}`;
  return `${bounds(start, end, style)}, ${due}`;
}

function milestoneLine(m: Milestone, style: FormatStyle): string {
  const body = withDeadline(m.start, m.end, m.deadline, style);
  if (!m.label || capitalise(body) === m.label) return `- ${capitalise(body)}`;
  return `- ${m.label}: ${body}`;
}

/**
 * Writes a period back in correct Vietnamese, so that `parsePeriod(formatPeriod(x))` reads `x` again:
 * "Quý III/2024", "Từ ngày 01/8/2024 đến ngày 31/12/2024", "Hoàn thành trước ngày 30/11/2024",
 * "Năm 2024; cao điểm từ tháng 9/2024 đến tháng 10/2024", one "- label: …" line per milestone.
 *
 * @param value a `PeriodResult`, or an interval `{ start, end }` (ISO dates, either may be null).
 * @param style "natural" (default) or "dates".
 * @throws PeriodError (a `RangeError`) when `value` is neither, or `style` is unknown: checked with zod,
 *   one diagnostic per issue in Vietnamese (zod's `vi` locale) and English, with its `path`.
 */
export function formatPeriod(value: PeriodResult | PeriodInterval, style?: FormatStyle): string {
  const s = checkArgument(StyleSchema, style, STYLE);
  const read = readValue(value);
  if (!("kind" in read)) return capitalise(bounds(read.start, read.end, s));
  const r = read;
  let text: string;
  switch (r.kind) {
    case "milestones":
      return r.milestones.map((m) => milestoneLine(m, s)).join("\n");
    case "deadline":
      text = withDeadline(null, r.end, r.deadline, s);
      break;
    case "recurring":
      text =
        `${r.recurrence?.text ?? "thường xuyên"} ${r.start && r.end ? (bounds(r.start, r.end, s).startsWith("năm") ? "trong " : "") + bounds(r.start, r.end, s) : ""}`.trim();
      break;
    case "relative": {
      const rel = r.relative?.text ?? r.text;
      text = r.end ? `${rel} đến hết ${day(r.end, s)}` : rel;
      break;
    }
    case "span":
      text = withDeadline(r.start, r.end, r.deadline, s);
      break;
    default:
      return r.text;
  }
  if (r.peak) text = `${text}; cao điểm ${bounds(r.peak.start, r.peak.end, s)}`;
  return capitalise(text);
}
