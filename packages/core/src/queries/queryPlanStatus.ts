import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { wardCommitteeId } from "../engine/createLifecycleRoles";
import type { ActivityState, PlanState, WardPartState } from "../engine/PlanState";
import { vietnamDate } from "../engine/vietnamTime";
import { KehoachError } from "../errors/KehoachError";
import { zodIssuesToDiagnostics } from "../errors/zodIssuesToDiagnostics";
import type { Activity } from "../model/Activity";
import type { Plan } from "../model/Plan";
import type { UnitRef } from "../model/Unit";
import { activityProgress, wardPartProgress } from "./activityProgress";
import { type ActivityClass, activityClasses, classifyActivity } from "./classifyActivity";
import { type TargetsReport, targetsOfStates } from "./targetsAchieved";

/** Options of {@link queryPlanStatus}. */
export const PlanStatusOptionsSchema = z.object({
  /** The "as of" date, YYYY-MM-DD. */
  asOf: IsoDateSchema,
  /** Window of the "due within N days" list (default 14). */
  dueWithinDays: z.number().int().nonnegative().default(14),
});
/** What {@link PlanStatusOptionsSchema} accepts (before defaults are filled in): options of {@link queryPlanStatus}. */
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

/** A unit's running rollup: counts and the progress sum, in row order. */
interface UnitTally {
  name: string;
  activities: number;
  classes: Record<ActivityClass, number>;
  progressSum: number;
  progressCount: number;
  /** Index of the last row counted, so a row counts once per unit. */
  lastRow: number;
}

/** A ward's running tally of its parts. */
interface WardTally {
  parts: number;
  reported: number;
  progressSum: number;
}

const emptyClasses = (): Record<ActivityClass, number> => {
  const out = {} as Record<ActivityClass, number>;
  for (const c of activityClasses) out[c] = 0;
  return out;
};

const meanOf = (sum: number, count: number): number | null => (count === 0 ? null : sum / count);

function rollup(tallies: Map<string, UnitTally>): UnitRollup[] {
  const out: UnitRollup[] = [];
  for (const [unit, t] of tallies) {
    out.push({
      unit,
      name: t.name,
      activities: t.activities,
      classes: t.classes,
      progress: meanOf(t.progressSum, t.progressCount),
    });
  }
  return out;
}

function statusOptions(options: unknown): z.output<typeof PlanStatusOptionsSchema> {
  const parsed = PlanStatusOptionsSchema.safeParse(options ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new KehoachError(
    zodIssuesToDiagnostics("query.invalid-options", { vi: "Tùy chọn", en: "option" }, parsed.error.issues),
    {
      vi: "queryPlanStatus cần { asOf: 'YYYY-MM-DD', dueWithinDays?: số }",
      en: "queryPlanStatus takes { asOf: 'YYYY-MM-DD', dueWithinDays?: number }",
    },
  );
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
 *
 * One pass over the activities computes each row and feeds every rollup;
 * the options are validated once per call.
 *
 * @throws {KehoachError} when `options` are missing or invalid (no `asOf`, a date that is
 *   not YYYY-MM-DD): one diagnostic per problem, code "query.invalid-options", in Vietnamese and English.
 */
export function queryPlanStatus(plan: Plan, state: PlanState, options: PlanStatusOptions): PlanStatus {
  const { asOf, dueWithinDays } = statusOptions(options);
  const until = addDays(asOf, dueWithinDays);
  const year = String(plan.year);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const monthOf = (date: string | null | undefined): number | null =>
    date?.startsWith(year) ? Number(date.slice(5, 7)) - 1 : null;
  /** Months of the plan year a [start, end] range touches, as a first..last index pair; -1 when none. */
  const spanFirst = (from: string, to: string): number =>
    from > yearEnd || to < yearStart ? -1 : from < yearStart ? 0 : (monthOf(from) ?? -1);
  const spanLast = (to: string): number => (to > yearEnd ? 11 : (monthOf(to) ?? -1));
  const byMonth = Array.from({ length: 12 }, (_, i) => ({
    month: `${plan.year}-${String(i + 1).padStart(2, "0")}`,
    due: [] as string[],
    peak: [] as string[],
    active: [] as string[],
    completed: [] as string[],
  }));
  const addMonths = (start: string | null, end: string | null, key: "active" | "peak", code: string) => {
    const from = start ?? end;
    const to = end ?? start;
    if (from === null || to === null) return;
    const first = spanFirst(from, to);
    if (first < 0) return;
    const last = spanLast(to);
    for (let m = first; m <= last; m++) byMonth[m]?.[key].push(code);
  };

  const unitNames = new Map<string, string>();
  for (const u of plan.units) unitNames.set(u.id, u.name);
  const leads = new Map<string, UnitTally>();
  const coordinators = new Map<string, UnitTally>();
  const tally = (
    map: Map<string, UnitTally>,
    unit: string,
    name: string,
    row: ActivityStatusRow,
    index: number,
  ) => {
    let t = map.get(unit);
    if (t === undefined) {
      t = {
        name: unitNames.get(unit) ?? name,
        activities: 0,
        classes: emptyClasses(),
        progressSum: 0,
        progressCount: 0,
        lastRow: -1,
      };
      map.set(unit, t);
    } else if (t.lastRow === index) return;
    t.lastRow = index;
    t.activities++;
    if (row.class) t.classes[row.class]++;
    if (row.progress !== null) {
      t.progressSum += row.progress;
      t.progressCount++;
    }
  };
  const tallyRefs = (
    map: Map<string, UnitTally>,
    refs: readonly UnitRef[],
    row: ActivityStatusRow,
    index: number,
  ) => {
    for (const ref of refs) {
      if (ref.scope === "group" && ref.members.length > 0) {
        for (const m of ref.members) tally(map, m, m, row, index);
      } else tally(map, ref.unitId ?? ref.name, ref.name, row, index);
    }
  };
  const wards = new Map<string, WardTally>();

  const rows: ActivityStatusRow[] = [];
  const states: ActivityState[] = [];
  const counts = emptyClasses();
  let leafCount = 0;
  let overdueCount = 0;
  let planSum = 0;
  let planCount = 0;
  const dueWithin: { id: string; code: string; deadline: string }[] = [];
  const children = new Map<string, ActivityStatusRow[]>();
  let hasSections = false;

  const activities = plan.activities;
  for (let index = 0; index < activities.length; index++) {
    const activity = activities[index] as Activity;
    const s = state.activity(activity.id) as ActivityState;
    states.push(s);
    const standing = classifyActivity(activity, s, asOf);
    const isSection = activity.isSection;
    const parts = s.wardParts;
    let wardParts: WardPartRow[] = [];
    if (parts.length > 0) {
      wardParts = new Array<WardPartRow>(parts.length);
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i] as WardPartState;
        wardParts[i] = { ward: p.ward, status: p.status, progress: wardPartProgress(p) };
      }
    }
    const row: ActivityStatusRow = {
      id: activity.id,
      code: activity.code,
      table: activity.table,
      title: activity.title,
      isSection,
      status: s.status,
      class: isSection ? null : standing.class,
      overdue: !isSection && standing.overdue,
      deadline: standing.deadline.current,
      originalDeadline: standing.deadline.original,
      extensions: standing.deadline.extensions,
      completedOn: standing.completedOn,
      progress: activityProgress(activity, s),
      returns: s.context.returns.length,
      wardParts,
    };
    rows.push(row);
    if (activity.parent !== null) {
      const list = children.get(activity.parent);
      if (list) list.push(row);
      else children.set(activity.parent, [row]);
    }
    if (isSection) {
      hasSections = true;
      continue;
    }

    leafCount++;
    if (row.class) counts[row.class]++;
    if (row.overdue) overdueCount++;
    if (row.progress !== null) {
      planSum += row.progress;
      planCount++;
    }
    tallyRefs(leads, activity.leads, row, index);
    tallyRefs(coordinators, activity.coordinators, row, index);
    for (const p of wardParts) {
      const w = wards.get(p.ward);
      if (w) {
        w.parts++;
        if (p.status === "reported") w.reported++;
        w.progressSum += p.progress;
      } else
        wards.set(p.ward, { parts: 1, reported: p.status === "reported" ? 1 : 0, progressSum: p.progress });
    }

    const due = monthOf(row.deadline);
    if (due !== null) byMonth[due]?.due.push(row.code);
    const done = monthOf(row.completedOn);
    if (done !== null) byMonth[done]?.completed.push(row.code);
    const period = activity.time.period;
    if (period) {
      addMonths(period.start, period.end, "active", row.code);
      if (period.peak) addMonths(period.peak.start, period.peak.end, "peak", row.code);
    }

    if (
      (row.class === "in-progress-on-time" || row.class === "in-progress-overdue") &&
      row.deadline !== null &&
      row.deadline >= asOf &&
      row.deadline <= until
    ) {
      dueWithin.push({ id: row.id, code: row.code, deadline: row.deadline });
    }
  }

  const classes = {} as ClassCounts;
  for (const c of activityClasses) {
    classes[c] = {
      count: counts[c],
      percent: leafCount === 0 ? 0 : Math.round((counts[c] / leafCount) * 1000) / 10,
    };
  }

  // Sections in row order: a section's progress is the mean of its children's
  // progress at that point (children that are sections keep their own value
  // until their turn comes).
  const sections: { id: string; code: string; progress: number | null }[] = [];
  if (hasSections) {
    for (const r of rows) {
      if (!r.isSection) continue;
      let sum = 0;
      let count = 0;
      for (const c of children.get(r.id) ?? []) {
        if (c.progress === null) continue;
        sum += c.progress;
        count++;
      }
      const progress = meanOf(sum, count);
      r.progress = progress;
      sections.push({ id: r.id, code: r.code, progress });
    }
  }

  const byWard = plan.wards.map((w) => {
    const t = wards.get(w.id);
    return {
      ward: w.id,
      name: w.name,
      parts: t?.parts ?? 0,
      reported: t?.reported ?? 0,
      progress: t ? meanOf(t.progressSum, t.parts) : null,
      coordinating: coordinators.get(wardCommitteeId(w.id))?.activities ?? 0,
    };
  });

  return {
    planId: plan.id,
    asOf,
    activities: rows,
    classes,
    total: leafCount,
    overdue: overdueCount,
    progress: { plan: meanOf(planSum, planCount), sections },
    byLead: rollup(leads),
    byCoordinator: rollup(coordinators),
    byWard,
    byMonth,
    dueWithin: { days: dueWithinDays, activities: dueWithin },
    targets: targetsOfStates(plan, states),
  };
}

/** The as-of date to use for "now" (today in Vietnam). */
export function todayInVietnam(now: number = Date.now()): string {
  return vietnamDate(now);
}
