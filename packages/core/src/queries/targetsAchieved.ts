import type { ActivityState, PlanState } from "../engine/PlanState";
import type { Plan } from "../model/Plan";

/** One target against what was achieved. */
export interface TargetProgress {
  activity: string;
  code: string;
  /** Index into `Activity.targets`. */
  target: number;
  noun: string;
  level: string;
  planned: number;
  /** Latest achieved quantity (PROGRESS or REPORT), or null when none was recorded. */
  achieved: number | null;
}

/** Targets vs achieved: every target and the totals per noun. */
export interface TargetsReport {
  targets: TargetProgress[];
  totals: { noun: string; planned: number; achieved: number }[];
}

/** Every target of the plan against the latest achieved quantity, and totals per counted noun. */
export function targetsAchieved(plan: Plan, state: PlanState): TargetsReport {
  return targetsOf(plan, (id) => state.activity(id)!);
}

/** {@link targetsAchieved} over already looked-up activity states (used by `queryPlanStatus`). */
export function targetsOf(plan: Plan, stateOf: (activityId: string) => ActivityState): TargetsReport {
  return targetsOfStates(
    plan,
    plan.activities.map((a) => stateOf(a.id)),
  );
}

/**
 * {@link targetsAchieved} over the activities' states given in plan order
 * (`states[i]` is the state of `plan.activities[i]`).
 */
export function targetsOfStates(plan: Plan, states: readonly ActivityState[]): TargetsReport {
  const targets: TargetProgress[] = [];
  const totals = new Map<string, { noun: string; planned: number; achieved: number }>();
  const activities = plan.activities;
  for (let a = 0; a < activities.length; a++) {
    const activity = activities[a];
    const s = states[a];
    if (activity === undefined || s === undefined || activity.targets.length === 0) continue;
    const achievedByKey = s.context.achieved;
    for (let i = 0; i < activity.targets.length; i++) {
      const t = activity.targets[i];
      if (t === undefined) continue;
      const achieved = achievedByKey[String(i)] ?? null;
      targets.push({
        activity: activity.id,
        code: activity.code,
        target: i,
        noun: t.noun,
        level: t.level,
        planned: t.quantity,
        achieved,
      });
      let total = totals.get(t.noun);
      if (total === undefined) {
        total = { noun: t.noun, planned: 0, achieved: 0 };
        totals.set(t.noun, total);
      }
      total.planned += t.quantity;
      total.achieved += achieved ?? 0;
    }
  }
  return { targets, totals: [...totals.values()] };
}
