import { periodDeadline } from "../engine/createLifecycleRoles";
import type { ActivityState } from "../engine/PlanState";
import type { Activity } from "../model/Activity";

/** An activity's deadline as of its history: the latest extension, else the period's deadline, else its end. */
export interface ActivityDeadline {
  /** The deadline in force (YYYY-MM-DD), or null when the period gives none. */
  current: string | null;
  /** The deadline before any extension. */
  original: string | null;
  /** How many times it was extended (gia hạn). */
  extensions: number;
  /** The deadline before the latest extension, or null when never extended. */
  previous: string | null;
}

/** The deadline in force for an activity, from its EXTEND history and its parsed period. */
export function activityDeadline(activity: Activity, state: ActivityState): ActivityDeadline {
  const original = periodDeadline(activity);
  const list = state.context.extensions;
  const last = list[list.length - 1];
  return {
    current: last ? last.deadline : original,
    original,
    extensions: list.length,
    previous: last ? last.previous : null,
  };
}
