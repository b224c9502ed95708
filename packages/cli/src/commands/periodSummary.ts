import { formatPeriod, type PeriodResult } from "@kehoach/period";

function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

function isLastDayOfMonth(iso: string): boolean {
  const next = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);
  return next.getUTCDate() === 1;
}

/** "7 tháng" when the interval is whole months, else "153 ngày". */
export function periodDuration(start: string, end: string): string {
  if (start.endsWith("-01") && isLastDayOfMonth(end)) {
    const [ys, ms] = start.split("-").map(Number) as [number, number];
    const [ye, me] = end.split("-").map(Number) as [number, number];
    return `${(ye - ys) * 12 + me - ms + 1} tháng`;
  }
  return `${daysBetween(start, end)} ngày`;
}

/** "Từ 01/04/2024 đến 31/10/2024 (7 tháng)", "Ngày 30/11/2024", "Từ 01/08/2024", "Đến hết 31/12/2024". */
export function summariseInterval(start: string | null, end: string | null): string {
  if (start && end) {
    if (start === end) return `Ngày ${dmy(start)}`;
    return `Từ ${dmy(start)} đến ${dmy(end)} (${periodDuration(start, end)})`;
  }
  if (start) return `Từ ${dmy(start)}`;
  if (end) return `Đến hết ${dmy(end)}`;
  return "";
}

const RELATIVE_NAMES: Record<string, string> = {
  anniversary: "dịp kỷ niệm",
  schedule: "tiến độ",
  direction: "chỉ đạo",
  plan: "kế hoạch",
  request: "yêu cầu",
  guidance: "hướng dẫn",
  notice: "ngày thông báo",
  signature: "ngày ký",
  event: "sự kiện",
  waves: "các đợt",
  regulation: "quy định",
};

const DAY_PARTS: Record<string, string> = {
  morning: "buổi sáng",
  noon: "buổi trưa",
  afternoon: "buổi chiều",
  evening: "buổi tối",
  night: "ban đêm",
};

/** ", lúc 07:30 buổi sáng", ", buổi tối", ", từ 07:30 đến 11:00": the time of day, when the phrase states one. */
function timeOfDay(result: PeriodResult): string {
  const time = result.time;
  if (!time) return "";
  const part = time.part ? DAY_PARTS[time.part] : "";
  const clock = time.start ? (time.end ? `từ ${time.start} đến ${time.end}` : `lúc ${time.start}`) : "";
  const words = [clock, part].filter((w) => w !== "").join(" ");
  return words ? `, ${words}` : "";
}

/**
 * " — Cảnh báo: …": the warnings a reader must see beside the answer (a date dropped, a lunar restatement
 * that disagrees), so that no misread is silent. "year-assumed" stays on stderr only: it concerns every
 * phrase without a year.
 */
function warnings(result: PeriodResult): string {
  const shown = result.diagnostics.filter((d) => d.severity === "warning" && d.code !== "year-assumed");
  return shown.length > 0 ? ` — Cảnh báo: ${shown.map((d) => d.vi).join("; ")}` : "";
}

/**
 * One readable Vietnamese line for a result: the interval with its length, the deadline, the peak,
 * the milestones, the time of day, or why it could not be read; then its warnings.
 */
export function summarisePeriod(result: PeriodResult): string {
  const line = summariseReading(result);
  if (result.kind === "unknown") return line;
  return `${line}${timeOfDay(result)}${warnings(result)}`;
}

function summariseReading(result: PeriodResult): string {
  const lunar = result.lunar ? " (âm lịch)" : "";
  const peak = result.peak
    ? `; cao điểm ${summariseInterval(result.peak.start, result.peak.end).toLowerCase()}`
    : "";
  switch (result.kind) {
    case "span": {
      const deadline = result.deadline ? `; hạn chót ${dmy(result.deadline)}` : "";
      return `${summariseInterval(result.start, result.end)}${deadline}${peak}${lunar}`;
    }
    case "deadline":
      return `Hạn chót ${dmy(result.deadline ?? result.end ?? "")}${lunar}`;
    case "milestones": {
      const parts = result.milestones.map((m) => {
        const when =
          m.deadline && !m.start
            ? `hạn chót ${dmy(m.deadline)}`
            : summariseInterval(m.start, m.end).toLowerCase();
        return `${m.label}: ${when}`;
      });
      const whole = summariseInterval(result.start, result.end);
      return `${whole ? `${whole}, ` : ""}${result.milestones.length} mốc — ${parts.join(" | ")}${peak}${lunar}`;
    }
    case "recurring": {
      const rhythm = result.recurrence?.text ?? "Thường xuyên";
      const within = summariseInterval(result.start, result.end).toLowerCase();
      return `${rhythm.charAt(0).toUpperCase()}${rhythm.slice(1)}${within ? `, ${within}` : ""}`;
    }
    case "relative": {
      const to = result.relative ? (RELATIVE_NAMES[result.relative.to] ?? result.relative.to) : "";
      const end = result.end ? `; đến hết ${dmy(result.end)}` : "";
      return `Theo ${to}: ${result.relative?.text ?? formatPeriod(result)}${end}${peak}`;
    }
    default:
      return result.text.trim() === "" ? "" : `Không đọc được thời gian: ${result.diagnostics[0]?.vi ?? ""}`;
  }
}
