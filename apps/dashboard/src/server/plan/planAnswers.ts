import {
  activityClassLabels,
  type PlanStatus,
  PlanStatusOptionsSchema,
  queryPlanStatus,
} from "@kehoach/core";
import type { StorePlanRuntime as PlanRuntime } from "@kehoach/store";
import { ApiError } from "../http/ApiError";
import { holdsDemoEvents } from "../seed/seedDemoEvents";
import { isUnitRef } from "./isUnitRef";
import { progressGroups } from "./progressGroups";

/** The status of a plan as of a date (the runtime serves `stateAt` from checkpoints). */
export function statusOf(r: PlanRuntime, asOf: string, dueWithinDays = 30): PlanStatus {
  return queryPlanStatus(r.plan, r.stateAt(asOf), PlanStatusOptionsSchema.parse({ asOf, dueWithinDays }));
}

// Serialised answers per runtime (a few MB for thousands of activities): made
// once per as-of date and stored-event count, then sent as they are.
const bodyCache = new WeakMap<PlanRuntime, Map<string, Uint8Array<ArrayBuffer>>>();

/** The JSON body of `make()`, kept per runtime, key and stored-event count (at most 16 per runtime). */
export function cachedBody(r: PlanRuntime, key: string, make: () => unknown): Uint8Array<ArrayBuffer> {
  const full = `${key}|${r.storedEvents().length}`;
  let cache = bodyCache.get(r);
  if (!cache) {
    cache = new Map();
    bodyCache.set(r, cache);
  }
  const hit = cache.get(full);
  if (hit !== undefined) return hit;
  const body = new TextEncoder().encode(JSON.stringify(make()));
  if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
  cache.set(full, body);
  return body;
}

/** The content type of a cached body. */
export const jsonHeaders = { "Content-Type": "application/json; charset=UTF-8" };

// The lead cells of a plan that name no unit (see isUnitRef), by the key the rollups use.
const prose = new WeakMap<object, Set<string>>();

/** The lead cells of a plan that name no unit (table 2's "Căn cứ chức năng, nhiệm vụ …"), memoised per plan. */
export function proseLeads(plan: {
  activities: readonly { leads: readonly Parameters<typeof isUnitRef>[0][] }[];
}): Set<string> {
  let set = prose.get(plan);
  if (!set) {
    set = new Set(plan.activities.flatMap((a) => a.leads.filter((u) => !isUnitRef(u)).map((u) => u.name)));
    prose.set(plan, set);
  }
  return set;
}

/** A plan without its activities, with its plugins and its lifecycle's states in order (plugin steps included). */
export function planSummary(r: PlanRuntime) {
  const { activities, ...rest } = r.plan;
  return {
    ...rest,
    anniversary: r.anniversary,
    activityCount: activities.length,
    plugins: r.plugins.map((p) => p.id),
    /** The lifecycle's states in order (plugin steps included), each with its one label. */
    states: r.lifecycle.states.map((s) => ({ status: s.status, label: s.label, final: s.final })),
    wardPartStates: r.lifecycle.wardPartStates.map((s) => ({ status: s.status, label: s.label })),
    /** The plan's log holds the sample year seeded for a demo (`KEHOACH_DEMO_EVENTS=1`): the UI says so on every page. */
    demo: holdsDemoEvents(r),
  };
}

/** The plan's status as of a date with the dashboard's rollups; `withRows` false leaves out the per-activity rows. */
export function statusAnswer(r: PlanRuntime, asOf: string, dueWithinDays: number, withRows: boolean) {
  const status = statusOf(r, asOf, dueWithinDays);
  const answer = {
    ...status,
    // A prose lead cell (table 2's "Căn cứ chức năng, nhiệm vụ …") is no unit to roll up.
    byLead: status.byLead.filter((u) => !proseLeads(r.plan).has(u.unit)),
    groups: progressGroups(r.plan, status),
    classLabels: activityClassLabels,
    anniversary: r.anniversary,
  };
  return withRows ? answer : { ...answer, activities: [] };
}

/**
 * The plan's activity with this id.
 * @throws {ApiError} 404 when the plan has no such activity.
 */
export function activityOf(r: PlanRuntime, id: string) {
  const activity = r.plan.activities.find((a) => a.id === id);
  if (activity) return activity;
  throw new ApiError(404, "activity.not-found", {
    vi: `kế hoạch không có hoạt động "${id}"`,
    en: `the plan has no activity "${id}"`,
  });
}

/**
 * One page of an activity's history: its stored events in log order after
 * `afterPosition`, at most `limit`, with the total and where the next page
 * starts (null on the last page).
 * @throws {ApiError} 404 when the plan has no such activity.
 */
export function activityHistory(r: PlanRuntime, id: string, afterPosition: number, limit: number) {
  activityOf(r, id);
  const all = r.storedEvents().filter((e) => e.event.activity === id);
  const events = all.filter((e) => e.position > afterPosition).slice(0, limit);
  const last = events[events.length - 1];
  const more = last !== undefined && (all[all.length - 1]?.position ?? 0) > last.position;
  return { activity: id, total: all.length, events, nextAfterPosition: more ? last.position : null };
}

/**
 * One activity as of a date: its row, state and events, and the actions
 * `actor` may take now (none when `actor` is undefined: a look back).
 * @throws {ApiError} 404 when the plan has no such activity.
 */
export function activityDetail(r: PlanRuntime, id: string, asOf: string, actor: string | null | undefined) {
  const activity = activityOf(r, id);
  const state = r.stateAt(asOf).activity(id);
  return {
    asOf,
    activity,
    status: statusOf(r, asOf).activities.find((a) => a.id === id),
    state,
    events: r.storedEvents().filter((e) => e.event.activity === id),
    actions: state && actor !== undefined ? r.lifecycle.allowedActions(state, actor) : [],
  };
}

/** The rewards given as of a date, one per rewarded activity. */
export function rewardsAnswer(r: PlanRuntime, asOf: string) {
  const state = r.stateAt(asOf);
  const rewards = r.plan.activities.flatMap((a) => {
    const reward = state.activity(a.id)?.context.reward;
    return reward ? [{ activity: a.id, code: a.code, title: a.title, reward }] : [];
  });
  return { asOf, rewards };
}
