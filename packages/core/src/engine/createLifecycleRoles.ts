import type { LifecycleExtension } from "../lifecycle/LifecycleExtension";
import type { LifecycleRoles } from "../lifecycle/LifecycleRoles";
import type { Activity } from "../model/Activity";
import type { Plan } from "../model/Plan";
import { wardCommitteeId } from "../units/wardCommittee";

/**
 * The period's deadline, else its end (the deadline before any extension);
 * null when undetermined, and for recurring work ("Thường xuyên", "Hằng năm",
 * "Định kỳ hằng quý"), which has no deadline.
 */
export function periodDeadline(activity: Activity): string | null {
  const p = activity.time.period;
  if (!p || p.kind === "recurring") return null;
  return p.deadline ?? p.end ?? null;
}

/** Unit ids an activity's leads resolve to (groups contribute their members). */
export function leadUnitIds(activity: Activity): string[] {
  const out = new Set<string>();
  for (const lead of activity.leads) {
    if (lead.scope === "group") for (const m of lead.members) out.add(m);
    else if (lead.unitId !== null) out.add(lead.unitId);
  }
  return [...out];
}

/** Ward ids of an activity's ward parts, in the order of its assignments. */
export function wardPartIds(activity: Activity): string[] {
  const out = new Set<string>();
  for (const a of activity.wardAssignments) if (a.ward !== null) out.add(a.ward);
  return [...out];
}

/** Roles of one activity and of each of its ward parts. */
export interface ActivityRoles {
  roles: LifecycleRoles;
  wardRoles: Map<string, LifecycleRoles>;
}

/**
 * Derives who may do what for an activity and its ward parts from the plan
 * (issuer, leads) and the lifecycle extension (extra authorities, steps).
 */
export function createLifecycleRoles(
  plan: Plan,
  activity: Activity,
  extension: LifecycleExtension | undefined,
): ActivityRoles {
  const issuer = plan.issuer.unitId === null ? [] : [plan.issuer.unitId];
  const actors = leadUnitIds(activity);
  const overseer = (event: string): string[] => [
    ...issuer,
    ...(extension?.authorities ?? []).filter((a) => a.event === event).flatMap((a) => a.units),
  ];
  const overseers: Record<string, readonly string[]> = {
    RETURN: overseer("RETURN"),
    REWARD: overseer("REWARD"),
    CANCEL: overseer("CANCEL"),
    EXTEND: overseer("EXTEND"),
  };
  for (const s of extension?.steps ?? []) {
    overseers[s.event] = s.allowed.flatMap((u) => (u === "issuer" ? issuer : u === "lead" ? actors : [u]));
  }
  const wards = wardPartIds(activity);
  const requireExtendDecision = extension?.requireExtendDecision ?? false;
  const roles: LifecycleRoles = {
    activity: activity.id,
    ward: null,
    actors,
    openActors: actors.length === 0,
    overseers,
    wards,
    targets: activity.targets.length,
    deadline: periodDeadline(activity),
    requireExtendDecision,
  };
  const wardRoles = new Map<string, LifecycleRoles>();
  const wardOverseers = { RETURN: [...new Set([...overseers.RETURN!, ...actors])] };
  for (const ward of wards) {
    wardRoles.set(ward, {
      ...roles,
      ward,
      actors: [wardCommitteeId(ward)],
      openActors: false,
      overseers: wardOverseers,
      wards: [],
    });
  }
  return { roles, wardRoles };
}
