import type { ActivityRow } from "../../api/types";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The Gantt's horizontal scale: whole months from the first activity's start to the last one's end. */
export interface GanttScale {
  /** The months shown, as YYYY-MM. */
  months: string[];
  /** A date's position in percent of the track (clamped to 0–100). */
  pos(iso: string): number;
  /** Whether a date falls inside the shown months. */
  inside(iso: string): boolean;
}

/** The scale for the rows' dates (the `asOf` year when no row has a date). */
export function ganttScale(rows: readonly ActivityRow[], asOf: string): GanttScale {
  const dates = rows.flatMap((r) => [r.start, r.end]).filter((d): d is string => d !== null);
  const sorted = [...dates].sort();
  const first = sorted[0] ?? `${asOf.slice(0, 4)}-01-01`;
  const last = sorted[sorted.length - 1] ?? `${asOf.slice(0, 4)}-12-31`;
  const from = day(`${first.slice(0, 7)}-01`);
  const lastMonth = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 1));
  const to = lastMonth.getTime() / 86_400_000;
  const span = Math.max(1, to - from);
  const months: string[] = [];
  for (
    let d = new Date(from * 86_400_000);
    d.getTime() / 86_400_000 < to;
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    months.push(d.toISOString().slice(0, 7));
  }
  return {
    months,
    pos: (iso) => Math.min(100, Math.max(0, ((day(iso) - from) / span) * 100)),
    inside: (iso) => day(iso) >= from && day(iso) <= to,
  };
}
