import type { ActivityState, WardPartState } from "../engine/PlanState";
import type { Activity } from "../model/Activity";
import { isCompleted } from "./classifyActivity";

function hasAny(record: Readonly<Record<string, number>>): boolean {
  for (const _ in record) return true;
  return false;
}

/** A ward part's progress in percent: reported 100, else its latest PROGRESS percent, else 0. */
export function wardPartProgress(part: WardPartState): number {
  if (part.status === "reported") return 100;
  return part.context.percent ?? 0;
}

/**
 * An activity's progress in percent (0–100), or null when cancelled:
 * completed → 100; with ward parts → their mean; else the larger of the
 * latest PROGRESS percent and the achieved quantities against targets (mean,
 * each capped at 100%); else 0.
 */
export function activityProgress(activity: Activity, state: ActivityState): number | null {
  if (state.status === "cancelled") return null;
  if (isCompleted(state)) return 100;
  if (state.wardParts.length > 0) {
    return state.wardParts.reduce((sum, p) => sum + wardPartProgress(p), 0) / state.wardParts.length;
  }
  const percent = state.context.percent;
  const targets = activity.targets;
  let fromTargets: number | null = null;
  if (targets.length > 0 && hasAny(state.context.achieved)) {
    let sum = 0;
    targets.forEach((t, i) => {
      const got = state.context.achieved[String(i)] ?? 0;
      sum += t.quantity === 0 ? 100 : Math.min(100, (got / t.quantity) * 100);
    });
    fromTargets = sum / targets.length;
  }
  if (percent === null) return fromTargets ?? 0;
  return fromTargets === null ? percent : Math.max(percent, fromTargets);
}
