import { coreEventTypes, type Kehoach, type PlanEvent } from "@kehoach/core";
import { openPlanRuntime, type Store, type StorePlanRuntime } from "@kehoach/store";
import { vietnamToday } from "../plan/vietnamNow";
import { type DemoStep, demoScript } from "./demoScript";

/** Event ids of the demo year start with this: the store holds demo data while a plan has such events. */
export const DEMO_EVENT_PREFIX = "demo:";

/** Whether a plan's log holds the demo year (it is written first, so its first event says). */
export function holdsDemoEvents(r: Pick<StorePlanRuntime, "storedEvents">): boolean {
  return r.storedEvents()[0]?.event.id.startsWith(DEMO_EVENT_PREFIX) ?? false;
}

/** The units that may send an activity's events: its leads, the plan's issuer (and so its plugin's authorities). */
function candidates(r: StorePlanRuntime, activityId: string): string[] {
  const activity = r.plan.activities.find((a) => a.id === activityId);
  const ids = [...(activity?.leads ?? []).map((l) => l.unitId), r.plan.issuer.unitId];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** The unit that may send `type` on the activity now, as the engine's roles say, or null. */
function senderOf(r: StorePlanRuntime, activityId: string, type: string): string | null {
  const state = r.state().activity(activityId);
  if (!state) return null;
  return (
    candidates(r, activityId).find((unit) =>
      r.lifecycle.allowedActions(state, unit).some((a) => a.type === type && a.ward === null),
    ) ?? null
  );
}

/**
 * Writes a believable year of events for a freshly seeded sample plan through
 * the plan's runtime (so every event passes the engine, its plugins included):
 * see {@link demoScript}. Steps an activity's state does not accept are left
 * out with the rest of that activity's year. Returns how many were recorded.
 */
export async function seedDemoEvents(
  store: Store,
  planId: string,
  kehoach: Kehoach,
  now: number,
): Promise<number> {
  const r = await openPlanRuntime(store, planId, kehoach);
  if (!r || r.storedEvents().length > 0) return 0;
  const today = vietnamToday(now);
  const core = new Set<string>(coreEventTypes);
  const steps = r.lifecycle.eventOrder.filter((e) => !core.has(e));
  const leaves = r.plan.activities.filter((a) => !r.plan.activities.some((b) => b.parent === a.id));
  const year: { activity: string; step: DemoStep; order: number }[] = [];
  leaves.forEach((a, index) => {
    demoScript(a, index, steps, today).forEach((step, order) => {
      year.push({ activity: a.id, step, order });
    });
  });
  year.sort((x, y) => x.step.on.localeCompare(y.step.on) || x.order - y.order);
  const stopped = new Set<string>();
  let recorded = 0;
  let n = 0;
  for (const { activity, step } of year) {
    if (stopped.has(activity)) continue;
    const unit = senderOf(r, activity, step.type);
    const event: PlanEvent = {
      id: `${DEMO_EVENT_PREFIX}${planId}:${n++}`,
      activity,
      type: step.type,
      by: { unit: unit ?? "", person: "Dữ liệu mẫu / demo data" },
      at: `${step.on}T09:00:00.000+07:00`,
      payload: step.payload,
      machineVersion: r.runtime().engine.machineVersion,
    };
    const result = unit ? await r.submit(event) : null;
    if (result?.ok) recorded++;
    else stopped.add(activity);
  }
  return recorded;
}
