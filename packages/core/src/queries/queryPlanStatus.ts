import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import type { ActivityState, PlanState } from "../engine/PlanState";
import { vietnamDate } from "../engine/vietnamTime";
import { coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import { KehoachError } from "../errors/KehoachError";
import type { Activity } from "../model/Activity";
import type { Plan } from "../model/Plan";
import { activityStatusRow } from "./planStatus/activityStatusRow";
import { createClassRollup } from "./planStatus/classRollup";
import { createDueRollup } from "./planStatus/dueRollup";
import { createMonthRollup } from "./planStatus/monthRollup";
import type { ActivityStatusRow, PlanStatus } from "./planStatus/PlanStatus";
import { createSectionRollup } from "./planStatus/sectionRollup";
import { createUnitRollup } from "./planStatus/unitRollup";
import { createWardRollup } from "./planStatus/wardRollup";
import { targetsOfStates } from "./targetsAchieved";

export type {
  ActivityStatusRow,
  ClassCounts,
  PlanStatus,
  UnitRollup,
  WardPartRow,
} from "./planStatus/PlanStatus";

/** Options of {@link queryPlanStatus}. */
export const PlanStatusOptionsSchema = z.object({
  /** The "as of" date, YYYY-MM-DD. */
  asOf: IsoDateSchema,
  /** Window of the "due within N days" list (default 14). */
  dueWithinDays: z.number().int().nonnegative().default(14),
});
/** What {@link PlanStatusOptionsSchema} accepts (before defaults are filled in): options of {@link queryPlanStatus}. */
export type PlanStatusOptions = z.input<typeof PlanStatusOptionsSchema>;

function statusOptions(options: unknown): z.output<typeof PlanStatusOptionsSchema> {
  const parsed = PlanStatusOptionsSchema.safeParse(options ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new KehoachError(
    coreZodDiagnostics("query.invalid-options", { vi: "Tùy chọn", en: "option" }, parsed.error.issues),
    {
      vi: "queryPlanStatus cần { asOf: 'YYYY-MM-DD', dueWithinDays?: số }",
      en: "queryPlanStatus takes { asOf: 'YYYY-MM-DD', dueWithinDays?: number }",
    },
  );
}

/**
 * Answers every status query for a plan as of a date, as pure functions of
 * (plan, state, as-of): each activity's status, deadline in force, overdue
 * flag and class; counts and percentages per class; progress of the plan and
 * of each section (weighted by activity); rollups by lead, by coordinator,
 * by ward and by month; what is due within N days; targets vs achieved.
 * Sections (rows with children) get a progress but no class.
 *
 * One pass over the activities computes each row and feeds every rollup (one module each, in
 * `queries/planStatus/`); the options are validated once per call.
 *
 * @throws {KehoachError} when `options` are missing or invalid (no `asOf`, a date that is
 *   not YYYY-MM-DD): one diagnostic per problem, code "query.invalid-options", in Vietnamese and English.
 */
export function queryPlanStatus(plan: Plan, state: PlanState, options: PlanStatusOptions): PlanStatus {
  const { asOf, dueWithinDays } = statusOptions(options);
  const classes = createClassRollup();
  const leads = createUnitRollup(plan.units);
  const coordinators = createUnitRollup(plan.units);
  const wards = createWardRollup();
  const months = createMonthRollup(plan.year);
  const due = createDueRollup(asOf, dueWithinDays);
  const sections = createSectionRollup();
  const rows: ActivityStatusRow[] = [];
  const states: ActivityState[] = [];
  const activities = plan.activities;
  for (let index = 0; index < activities.length; index++) {
    const activity = activities[index] as Activity;
    const s = state.activity(activity.id) as ActivityState;
    states.push(s);
    const row = activityStatusRow(activity, s, asOf);
    rows.push(row);
    sections.add(activity, row);
    if (row.isSection) continue;
    classes.add(row);
    leads.add(activity.leads, row, index);
    coordinators.add(activity.coordinators, row, index);
    wards.add(row.wardParts);
    months.add(activity, row);
    due.add(row);
  }
  const counted = classes.result();
  return {
    planId: plan.id,
    asOf,
    activities: rows,
    classes: counted.classes,
    total: counted.total,
    overdue: counted.overdue,
    progress: { plan: counted.progress, sections: sections.result() },
    byLead: leads.result(),
    byCoordinator: coordinators.result(),
    byWard: wards.result(plan.wards, (unit) => coordinators.activitiesOf(unit)),
    byMonth: months.result(),
    dueWithin: due.result(),
    targets: targetsOfStates(plan, states),
  };
}

/** The as-of date to use for "now" (today in Vietnam). */
export function todayInVietnam(now: number = Date.now()): string {
  return vietnamDate(now);
}
