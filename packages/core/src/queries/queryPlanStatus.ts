import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { wardCommitteeId } from "../engine/createLifecycleRoles";
import type { ActivityState, PlanState } from "../engine/PlanState";
import { vietnamDate } from "../engine/vietnamTime";
import type { Activity } from "../model/Activity";
import type { Plan } from "../model/Plan";
import type { UnitRef } from "../model/Unit";
import { activityProgress, wardPartProgress } from "./activityProgress";
import { type ActivityClass, activityClasses, classifyActivity } from "./classifyActivity";
import { type TargetsReport, targetsOf } from "./targetsAchieved";

/** Options of {@link queryPlanStatus}. */
export const PlanStatusOptionsSchema = z.object({
  /** The "as of" date, YYYY-MM-DD. */
  asOf: IsoDateSchema,
  /** Window of the "due within N days" list (default 14). */
  dueWithinDays: z.number().int().nonnegative().default(14),
});
export type PlanStatusOptions = z.input<typeof PlanStatusOptionsSchema>;

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
  progress: { plan: number | null; sections: { id: string; code: string; progress: number | null }[] };
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
  byMonth: { month: string; due: string[]; peak: string[]; active: string[]; completed: string[] }[];
  dueWithin: { days: number; activities: { id: string; code: string; deadline: string }[] };
  targets: TargetsReport;
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

const emptyClasses = (): Record<ActivityClass, number> =>
  Object.fromEntries(activityClasses.map((c) => [c, 0])) as Record<ActivityClass, number>;

function rollup(rows: Map<string, { name: string; list: ActivityStatusRow[] }>): UnitRollup[] {
  return [...rows.entries()].map(([unit, { name, list }]) => {
    const classes = emptyClasses();
    for (const r of list) if (r.class) classes[r.class]++;
    return {
      unit,
      name,
      activities: list.length,
      classes,
      progress: mean(list.map((r) => r.progress).filter((p): p is number => p !== null)),
    };
  });
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Answers every status query for a plan as of a date, as pure functions of
 * (plan, state, as-of): each activity's status, deadline in force, overdue
 * flag and class; counts and percentages per class; progress of the plan and
 * of each section (weighted by activity); rollups by lead, by coordinator,
 * by ward and by month; what is due within N days; targets vs achieved.
 * Sections (rows with children) get a progress but no class.
 */
export function queryPlanStatus(plan: Plan, state: PlanState, options: PlanStatusOptions): PlanStatus {
  const { asOf, dueWithinDays } = PlanStatusOptionsSchema.parse(options);
  const rows: ActivityStatusRow[] = [];
  const byId = new Map<string, ActivityStatusRow>();
  const states = new Map<string, ActivityState>();
  for (const activity of plan.activities) {
    const s = state.activity(activity.id)!;
    states.set(activity.id, s);
    const standing = classifyActivity(activity, s, asOf);
    const row: ActivityStatusRow = {
      id: activity.id,
      code: activity.code,
      table: activity.table,
      title: activity.title,
      isSection: activity.isSection,
      status: s.status,
      class: activity.isSection ? null : standing.class,
      overdue: !activity.isSection && standing.overdue,
      deadline: standing.deadline.current,
      originalDeadline: standing.deadline.original,
      extensions: standing.deadline.extensions,
      completedOn: standing.completedOn,
      progress: activityProgress(activity, s),
      returns: s.context.returns.length,
      wardParts:
        s.wardParts.length === 0
          ? []
          : s.wardParts.map((p) => ({ ward: p.ward, status: p.status, progress: wardPartProgress(p) })),
    };
    rows.push(row);
    byId.set(activity.id, row);
  }
  const leaves = rows.filter((r) => !r.isSection);
  const counts = emptyClasses();
  for (const r of leaves) if (r.class) counts[r.class]++;
  const classes = Object.fromEntries(
    activityClasses.map((c) => [
      c,
      {
        count: counts[c],
        percent: leaves.length === 0 ? 0 : Math.round((counts[c] / leaves.length) * 1000) / 10,
      },
    ]),
  ) as ClassCounts;

  const children = new Map<string, ActivityStatusRow[]>();
  for (const a of plan.activities) {
    if (a.parent === null) continue;
    const list = children.get(a.parent) ?? [];
    list.push(byId.get(a.id)!);
    children.set(a.parent, list);
  }
  const sections = rows
    .filter((r) => r.isSection)
    .map((r) => {
      const progress = mean(
        (children.get(r.id) ?? []).map((c) => c.progress).filter((p): p is number => p !== null),
      );
      r.progress = progress;
      return { id: r.id, code: r.code, progress };
    });

  const unitNames = new Map(plan.units.map((u) => [u.id, u.name]));
  const leads = new Map<string, { name: string; list: ActivityStatusRow[] }>();
  const coordinators = new Map<string, { name: string; list: ActivityStatusRow[] }>();
  const seen = new Set<string>();
  const addKey = (map: typeof leads, unit: string, name: string, row: ActivityStatusRow) => {
    if (seen.has(unit)) return;
    seen.add(unit);
    const entry = map.get(unit);
    if (entry) entry.list.push(row);
    else map.set(unit, { name: unitNames.get(unit) ?? name, list: [row] });
  };
  const add = (map: typeof leads, refs: readonly UnitRef[], row: ActivityStatusRow) => {
    seen.clear();
    for (const ref of refs) {
      if (ref.scope === "group" && ref.members.length > 0) {
        for (const m of ref.members) addKey(map, m, m, row);
      } else addKey(map, ref.unitId ?? ref.name, ref.name, row);
    }
  };
  const activityById = new Map<string, Activity>(plan.activities.map((a) => [a.id, a]));
  for (const r of leaves) {
    const a = activityById.get(r.id)!;
    add(leads, a.leads, r);
    add(coordinators, a.coordinators, r);
  }

  const partsByWard = new Map<string, WardPartRow[]>();
  for (const r of leaves) {
    for (const p of r.wardParts) {
      const list = partsByWard.get(p.ward);
      if (list) list.push(p);
      else partsByWard.set(p.ward, [p]);
    }
  }
  const byWard = plan.wards.map((w) => {
    const parts = partsByWard.get(w.id) ?? [];
    return {
      ward: w.id,
      name: w.name,
      parts: parts.length,
      reported: parts.filter((p) => p.status === "reported").length,
      progress: mean(parts.map((p) => p.progress)),
      coordinating: coordinators.get(wardCommitteeId(w.id))?.list.length ?? 0,
    };
  });

  const byMonth = Array.from({ length: 12 }, (_, i) => ({
    month: `${plan.year}-${String(i + 1).padStart(2, "0")}`,
    due: [] as string[],
    peak: [] as string[],
    active: [] as string[],
    completed: [] as string[],
  }));
  const year = String(plan.year);
  const monthOf = (date: string | null | undefined): number | null =>
    date?.startsWith(year) ? Number(date.slice(5, 7)) - 1 : null;
  /** Months of the plan year a [start, end] range touches, as a first..last index pair. */
  const span = (start: string | null, end: string | null): [number, number] | null => {
    const from = start ?? end;
    const to = end ?? start;
    if (from === null || to === null || from > `${year}-12-31` || to < `${year}-01-01`) return null;
    return [from < `${year}-01-01` ? 0 : monthOf(from)!, to > `${year}-12-31` ? 11 : monthOf(to)!];
  };
  for (const r of leaves) {
    const a = activityById.get(r.id)!;
    const due = monthOf(r.deadline);
    if (due !== null) byMonth[due]!.due.push(r.code);
    const done = monthOf(r.completedOn);
    if (done !== null) byMonth[done]!.completed.push(r.code);
    const p = a.time.period;
    if (!p) continue;
    const active = span(p.start, p.end);
    if (active) for (let m = active[0]; m <= active[1]; m++) byMonth[m]!.active.push(r.code);
    const peak = p.peak ? span(p.peak.start, p.peak.end) : null;
    if (peak) for (let m = peak[0]; m <= peak[1]; m++) byMonth[m]!.peak.push(r.code);
  }

  const until = addDays(asOf, dueWithinDays);
  const dueWithin = leaves
    .filter(
      (r) =>
        (r.class === "in-progress-on-time" || r.class === "in-progress-overdue") &&
        r.deadline !== null &&
        r.deadline >= asOf &&
        r.deadline <= until,
    )
    .map((r) => ({ id: r.id, code: r.code, deadline: r.deadline! }));

  return {
    planId: plan.id,
    asOf,
    activities: rows,
    classes,
    total: leaves.length,
    overdue: leaves.filter((r) => r.overdue).length,
    progress: {
      plan: mean(leaves.map((r) => r.progress).filter((p): p is number => p !== null)),
      sections,
    },
    byLead: rollup(leads),
    byCoordinator: rollup(coordinators),
    byWard,
    byMonth,
    dueWithin: { days: dueWithinDays, activities: dueWithin },
    targets: targetsOf(plan, (id) => states.get(id)!),
  };
}

/** The as-of date to use for "now" (today in Vietnam). */
export function todayInVietnam(now: number = Date.now()): string {
  return vietnamDate(now);
}
