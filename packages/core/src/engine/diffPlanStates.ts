import type { PlanEvent } from "../model/Event";
import type { Plan } from "../model/Plan";
import type { PlanState } from "./PlanState";

/** One activity's or ward part's change between two moments. */
export interface PlanChange {
  activity: string;
  code: string;
  /** Ward id for a ward part, else null. */
  ward: string | null;
  from: string;
  to: string;
  /** The accepted events between the two moments, in order. */
  events: readonly PlanEvent[];
}

/** What changed between two moments: status changes, new reports, rewards, returns, extensions. */
export interface PlanDiff {
  from: string;
  to: string;
  changes: PlanChange[];
  /** Counts of the events in between by type ("REPORT": 3, "REWARD": 1, …). */
  counts: Record<string, number>;
}

/**
 * Compares two states of the same plan (OpenProject's Baseline): every
 * activity and ward part whose status changed or that received events
 * between `fromCutoff` (exclusive) and `toCutoff` (inclusive).
 */
export function diffPlanStates(
  plan: Plan,
  a: PlanState,
  b: PlanState,
  log: readonly PlanEvent[],
  range: { from: string; to: string; fromCutoff: number | null; toCutoff: number | null },
): PlanDiff {
  const { fromCutoff, toCutoff } = range;
  const lo = Math.min(fromCutoff ?? Number.NEGATIVE_INFINITY, toCutoff ?? Number.NEGATIVE_INFINITY);
  const hi = Math.max(fromCutoff ?? Number.NEGATIVE_INFINITY, toCutoff ?? Number.NEGATIVE_INFINITY);
  const between = new Map<string, PlanEvent[]>();
  const counts: Record<string, number> = {};
  for (const e of log) {
    const t = Date.parse(e.at);
    if (t <= lo || t > hi) continue;
    const key = `${e.activity}\u0000${e.ward ?? ""}`;
    const list = between.get(key);
    if (list) list.push(e);
    else between.set(key, [e]);
    counts[e.type] = (counts[e.type] ?? 0) + 1;
  }
  const changes: PlanChange[] = [];
  for (const activity of plan.activities) {
    const sa = a.activity(activity.id)!;
    const sb = b.activity(activity.id)!;
    const events = between.get(`${activity.id}\u0000`) ?? [];
    if (sa.status !== sb.status || events.length > 0) {
      changes.push({
        activity: activity.id,
        code: activity.code,
        ward: null,
        from: sa.status,
        to: sb.status,
        events,
      });
    }
    sb.wardParts.forEach((wb, i) => {
      const wa = sa.wardParts[i]!;
      const wardEvents = between.get(`${activity.id}\u0000${wb.ward}`) ?? [];
      if (wa.status !== wb.status || wardEvents.length > 0) {
        changes.push({
          activity: activity.id,
          code: activity.code,
          ward: wb.ward,
          from: wa.status,
          to: wb.status,
          events: wardEvents,
        });
      }
    });
  }
  return { from: range.from, to: range.to, changes, counts };
}
