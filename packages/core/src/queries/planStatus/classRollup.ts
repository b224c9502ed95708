import { type ActivityClass, activityClasses } from "../classifyActivity";
import { type ActivityStatusRow, type ClassCounts, meanOf } from "./PlanStatus";

/** A zero count for every class. */
export function emptyClasses(): Record<ActivityClass, number> {
  const out = {} as Record<ActivityClass, number>;
  for (const c of activityClasses) out[c] = 0;
  return out;
}

/** The plan-wide rollup of the leaf activities: counts per class, overdue, the plan's mean progress. */
export function createClassRollup() {
  const counts = emptyClasses();
  let leaves = 0;
  let overdue = 0;
  let progressSum = 0;
  let progressCount = 0;
  return {
    add(row: ActivityStatusRow): void {
      leaves++;
      if (row.class) counts[row.class]++;
      if (row.overdue) overdue++;
      if (row.progress !== null) {
        progressSum += row.progress;
        progressCount++;
      }
    },
    result(): { classes: ClassCounts; total: number; overdue: number; progress: number | null } {
      const classes = {} as ClassCounts;
      for (const c of activityClasses) {
        classes[c] = {
          count: counts[c],
          percent: leaves === 0 ? 0 : Math.round((counts[c] / leaves) * 1000) / 10,
        };
      }
      return { classes, total: leaves, overdue, progress: meanOf(progressSum, progressCount) };
    },
  };
}
