import type { ActivityStatusRow, DueActivity } from "./PlanStatus";

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The open activities whose deadline in force falls within `days` days of the as-of date (inclusive). */
export function createDueRollup(asOf: string, days: number) {
  const until = addDays(asOf, days);
  const due: DueActivity[] = [];
  return {
    add(row: ActivityStatusRow): void {
      if (
        (row.class === "in-progress-on-time" || row.class === "in-progress-overdue") &&
        row.deadline !== null &&
        row.deadline >= asOf &&
        row.deadline <= until
      ) {
        due.push({ id: row.id, code: row.code, deadline: row.deadline });
      }
    },
    result(): { days: number; activities: DueActivity[] } {
      return { days, activities: due };
    },
  };
}
