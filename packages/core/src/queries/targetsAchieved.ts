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
  const targets: TargetProgress[] = [];
  const totals = new Map<string, { noun: string; planned: number; achieved: number }>();
  for (const activity of plan.activities) {
    if (activity.targets.length === 0) continue;
    const s = stateOf(activity.id);
    activity.targets.forEach((t, i) => {
      const achieved = s.context.achieved[String(i)] ?? null;
      targets.push({
        activity: activity.id,
        code: activity.code,
        target: i,
        noun: t.noun,
        level: t.level,
        planned: t.quantity,
        achieved,
      });
      const total = totals.get(t.noun) ?? { noun: t.noun, planned: 0, achieved: 0 };
      total.planned += t.quantity;
      total.achieved += achieved ?? 0;
      totals.set(t.noun, total);
    });
  }
  return { targets, totals: [...totals.values()] };
}
