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

/** Everything the status command and the dashboard show. */
export interface PlanStatus {
  planId: string;
  asOf: string;
  activities: ActivityStatusRow[];
  classes: ClassCounts;
  total: number;
  overdue: number;
  progress: {
    plan: number | null;
    sections: {
      id: string;
      code: string;
      progress: number | null;
    }[];
  };
  byLead: UnitRollup[];
  byCoordinator: UnitRollup[];
  byWard: {
    ward: string;
    name: string;
    parts: number;
    reported: number;
    progress: number | null;
    coordinating: number;
  }[];
  byMonth: {
    month: string;
    due: string[];
    peak: string[];
    active: string[];
    completed: string[];
  }[];
  dueWithin: {
    days: number;
    activities: {
      id: string;
      code: string;
      deadline: string;
    }[];
  };
  targets: TargetsReport;
}

/** A ward's rollup (a row of {@link PlanStatus.byWard}). */
export type WardRollup = PlanStatus["byWard"][number];
/** A month's rollup (a row of {@link PlanStatus.byMonth}). */
export type MonthRollup = PlanStatus["byMonth"][number];
/** A section's progress. */
export type SectionProgress = PlanStatus["progress"]["sections"][number];
/** An open activity due within the window. */
export type DueActivity = PlanStatus["dueWithin"]["activities"][number];

/** The mean of `count` values summing to `sum`, or null when there are none. */
export const meanOf = (sum: number, count: number): number | null => (count === 0 ? null : sum / count);
