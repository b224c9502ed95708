import type { Activity } from "@kehoach/core";

/** Resolved lead unit ids of an activity. */
export function leadIds(activity: Activity): string[] {
  return activity.leads.flatMap((ref) => (ref.unitId ? [ref.unitId] : []));
}

/** Coordinating unit ids of an activity, with the members of groups ("UBND các phường"). */
export function coordinatorIds(activity: Activity): string[] {
  const ids = new Set<string>();
  for (const ref of activity.coordinators) {
    if (ref.unitId) ids.add(ref.unitId);
    for (const member of ref.members) ids.add(member);
  }
  for (const ref of activity.leads) for (const member of ref.members) ids.add(member);
  return [...ids];
}

/** Whether a unit leads or takes part in an activity (directly or as a member of a group). */
export function involvesUnit(activity: Activity, unitId: string): boolean {
  return leadIds(activity).includes(unitId) || coordinatorIds(activity).includes(unitId);
}
