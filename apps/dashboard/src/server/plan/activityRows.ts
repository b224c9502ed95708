import { type Activity, foldForSearch, type Plan, type PlanStatus, type UnitRef } from "@kehoach/core";
import type { ActivityRow } from "../../shared/ActivityRow";
import { isUnitRef } from "./isUnitRef";

type StaticPart = Omit<ActivityRow, keyof Omit<PlanStatus["activities"][number], "wardParts">>;

const unitIds = (refs: readonly UnitRef[]): string[] => {
  const out = new Set<string>();
  for (const r of refs) {
    if (r.unitId) out.add(r.unitId);
    for (const m of r.members) out.add(m);
  }
  return [...out];
};

/** The text an activity is searched by, folded (no accents, lower case): code, title, units, time, ward assignments. */
export function activitySearchText(activity: Activity): string {
  const parts = [
    activity.code,
    activity.title,
    activity.time.text,
    ...activity.leads.flatMap((u) => [u.name, u.source]),
    ...activity.coordinators.flatMap((u) => [u.name, u.source]),
    ...activity.wardAssignments.map((w) => w.source),
  ];
  return foldForSearch(parts.join(" | "));
}

// What does not depend on the date: computed once per plan object (plans are immutable values).
const staticParts = new WeakMap<Plan, Map<string, StaticPart>>();

function staticPartsOf(plan: Plan): Map<string, StaticPart> {
  let parts = staticParts.get(plan);
  if (parts) return parts;
  parts = new Map();
  for (const a of plan.activities) {
    const period = a.time.period;
    parts.set(a.id, {
      parent: a.parent,
      leads: a.leads.filter(isUnitRef).map((u) => ({ id: u.unitId, name: u.name, requested: u.requested })),
      leadIds: unitIds(a.leads),
      coordinatorIds: unitIds(a.coordinators),
      time: a.time.text,
      start: period?.start ?? null,
      end: period?.end ?? null,
      peak: period?.peak ?? null,
      wards: [...new Set(a.wardAssignments.map((w) => w.ward).filter((w): w is string => w !== null))],
      search: activitySearchText(a),
    });
  }
  staticParts.set(plan, parts);
  return parts;
}

/** Builds the activity table's rows (plan order) from the plan and its status as of a date. */
export function activityRows(plan: Plan, status: PlanStatus): ActivityRow[] {
  const parts = staticPartsOf(plan);
  const out: ActivityRow[] = [];
  for (const r of status.activities) {
    const p = parts.get(r.id);
    if (!p) continue;
    // Listed field by field: one object shape for every row (fast to build and to serialise).
    out.push({
      id: r.id,
      code: r.code,
      table: r.table,
      title: r.title,
      isSection: r.isSection,
      status: r.status,
      class: r.class,
      overdue: r.overdue,
      deadline: r.deadline,
      originalDeadline: r.originalDeadline,
      extensions: r.extensions,
      completedOn: r.completedOn,
      progress: r.progress,
      returns: r.returns,
      parent: p.parent,
      leads: p.leads,
      leadIds: p.leadIds,
      coordinatorIds: p.coordinatorIds,
      time: p.time,
      start: p.start,
      end: p.end,
      peak: p.peak,
      wards: p.wards,
      search: p.search,
    });
  }
  return out;
}
