import type { Activity } from "../../model/Activity";
import type { ActivityStatusRow, MonthRollup } from "./PlanStatus";

/**
 * The rollup by month of the plan year: what is due, at its peak, running and completed in each month
 * (a period's months clipped to the year).
 */
export function createMonthRollup(planYear: number) {
  const year = String(planYear);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const monthOf = (date: string | null | undefined): number | null =>
    date?.startsWith(year) ? Number(date.slice(5, 7)) - 1 : null;
  const months: MonthRollup[] = Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, "0")}`,
    due: [],
    peak: [],
    active: [],
    completed: [],
  }));
  /** Adds the code to every month of the plan year a [start, end] range touches. */
  const addSpan = (start: string | null, end: string | null, key: "active" | "peak", code: string) => {
    const from = start ?? end;
    const to = end ?? start;
    if (from === null || to === null || from > yearEnd || to < yearStart) return;
    const first = from < yearStart ? 0 : (monthOf(from) ?? -1);
    if (first < 0) return;
    const last = to > yearEnd ? 11 : (monthOf(to) ?? -1);
    for (let m = first; m <= last; m++) months[m]?.[key].push(code);
  };
  return {
    add(activity: Activity, row: ActivityStatusRow): void {
      const due = monthOf(row.deadline);
      if (due !== null) months[due]?.due.push(row.code);
      const done = monthOf(row.completedOn);
      if (done !== null) months[done]?.completed.push(row.code);
      const period = activity.time.period;
      if (period) {
        addSpan(period.start, period.end, "active", row.code);
        if (period.peak) addSpan(period.peak.start, period.peak.end, "peak", row.code);
      }
    },
    result(): MonthRollup[] {
      return months;
    },
  };
}
