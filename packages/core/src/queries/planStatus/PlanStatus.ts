import type { ActivityClass } from "../classifyActivity";
import type { TargetsReport } from "../targetsAchieved";

/** One ward part's row. */
export interface WardPartRow {
  ward: string;
  status: string;
  progress: number;
}

/** One activity's row of the status table. */
export interface ActivityStatusRow {
  id: string;
  code: string;
  table: number;
  title: string;
  isSection: boolean;
  status: string;
  class: ActivityClass | null;
  overdue: boolean;
  deadline: string | null;
  originalDeadline: string | null;
  extensions: number;
  completedOn: string | null;
  progress: number | null;
  returns: number;
  wardParts: WardPartRow[];
}

/** Counts and percentages per class. */
export type ClassCounts = Record<ActivityClass, { count: number; percent: number }>;

/** A unit's rollup (lead or coordinator). */
export interface UnitRollup {
  unit: string;
  name: string;
  activities: number;
  classes: Record<ActivityClass, number>;
  progress: number | null;
}

/** A ward's rollup: its parts of activities, and the activities its People's Committee coordinates. */
export interface WardRollup {
  ward: string;
  name: string;
  parts: number;
  reported: number;
  progress: number | null;
  coordinating: number;
}

/** A month of the plan year: the activities due, at their peak, running and completed in it. */
export interface MonthRollup {
  month: string;
  due: string[];
  peak: string[];
  active: string[];
  completed: string[];
}

/** A section's progress: the mean of its children's. */
export interface SectionProgress {
  id: string;
  code: string;
  progress: number | null;
}

/** An open activity due within the window. */
export interface DueActivity {
  id: string;
  code: string;
  deadline: string;
}

/** Everything the status command and the dashboard show. */
export interface PlanStatus {
  planId: string;
  asOf: string;
  activities: ActivityStatusRow[];
  classes: ClassCounts;
  total: number;
  overdue: number;
  progress: { plan: number | null; sections: SectionProgress[] };
  byLead: UnitRollup[];
  byCoordinator: UnitRollup[];
  byWard: WardRollup[];
  byMonth: MonthRollup[];
  dueWithin: { days: number; activities: DueActivity[] };
  targets: TargetsReport;
}

/** The mean of `count` values summing to `sum`, or null when there are none. */
export const meanOf = (sum: number, count: number): number | null => (count === 0 ? null : sum / count);
