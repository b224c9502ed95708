import {
  type Activity,
  eventPayloadSchemas,
  type LifecycleAuthority,
  leadUnitIds,
  type Plan,
  type PlanEvent,
  StepPayloadSchema,
  wardCommitteeId,
} from "@kehoach/core";
import { canonicalJson } from "@kehoach/store";
import type { z } from "zod";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Keys of `given` that the parsed value dropped: the ones the schema does not know. */
function droppedKeys(given: unknown, parsed: unknown, path: string[], out: string[][]): void {
  if (Array.isArray(given) && Array.isArray(parsed)) {
    for (let i = 0; i < given.length; i++) droppedKeys(given[i], parsed[i], [...path, String(i)], out);
    return;
  }
  if (!isRecord(given) || !isRecord(parsed)) return;
  for (const [key, value] of Object.entries(given)) {
    if (!Object.hasOwn(parsed, key)) out.push([...path, key]);
    else droppedKeys(value, parsed[key], [...path, key], out);
  }
}

/**
 * The payload keys an event type does not define (core's payload schemas, a
 * plugin step's `{ note }`), as paths: stored events keep only what the
 * lifecycle reads. An invalid payload answers none here (the engine says
 * what is wrong with it).
 */
export function unknownPayloadKeys(type: string, payload: Record<string, unknown>): string[][] {
  const schema: z.ZodType = Object.hasOwn(eventPayloadSchemas, type)
    ? eventPayloadSchemas[type as keyof typeof eventPayloadSchemas]
    : StepPayloadSchema;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return [];
  const out: string[][] = [];
  droppedKeys(payload, parsed.data, ["payload"], out);
  return out;
}

/** Every unit a plan names: its issuer, each activity's leads and coordinators (with group members), its wards' committees. */
export function unitsNamedIn(plan: Plan): Set<string> {
  const out = new Set<string>();
  if (plan.issuer.unitId) out.add(plan.issuer.unitId);
  for (const a of plan.activities) {
    for (const u of [...a.leads, ...a.coordinators]) {
      if (u.unitId) out.add(u.unitId);
      for (const m of u.members) out.add(m);
    }
    for (const w of a.wardAssignments) if (w.ward) out.add(wardCommitteeId(w.ward));
  }
  return out;
}

const namedCache = new WeakMap<Plan, Set<string>>();

/**
 * Whether `actor` may send an event to an activity with no resolvable lead
 * (the engine lets any unit act there): only the plan's issuer, a unit the
 * plan names, or a plugin's authority may. Activities with leads, and ward
 * parts, are left to the engine's guards.
 */
export function mayActWithoutLead(
  plan: Plan,
  activity: Activity,
  ward: string | undefined,
  actor: string,
  authorities: readonly LifecycleAuthority[] = [],
): boolean {
  if (ward !== undefined || leadUnitIds(activity).length > 0) return true;
  let named = namedCache.get(plan);
  if (!named) {
    named = unitsNamedIn(plan);
    namedCache.set(plan, named);
  }
  return named.has(actor) || authorities.some((a) => a.units.includes(actor));
}

/** Whether two events with one id say the same thing from the same unit (a retry), or not (a reused id). */
export function sameEvent(a: PlanEvent, b: PlanEvent): boolean {
  return (
    a.activity === b.activity &&
    (a.ward ?? null) === (b.ward ?? null) &&
    a.type === b.type &&
    a.by.unit === b.by.unit &&
    canonicalJson(a.payload ?? {}) === canonicalJson(b.payload ?? {})
  );
}
