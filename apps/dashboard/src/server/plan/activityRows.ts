import { type Activity, foldForSearch, type Plan, type PlanStatus, type UnitRef } from "@kehoach/core";
import type { ActivityRow, RowUnit } from "../../shared/ActivityRow";

const unit = (ref: UnitRef): RowUnit => ({
  id: ref.unitId,
  name: ref.name,
  source: ref.source,
  requested: ref.requested,
  scope: ref.scope,
  members: [...ref.members],
});

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

/** Builds the activity table's rows (plan order) from the plan and its status as of a date. */
export function activityRows(plan: Plan, status: PlanStatus): ActivityRow[] {
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  const out: ActivityRow[] = [];
  for (const row of status.activities) {
    const a = byId.get(row.id);
    if (!a) continue;
    const period = a.time.period;
    out.push({
      ...row,
      parent: a.parent,
      leads: a.leads.map(unit),
      coordinators: a.coordinators.map(unit),
      time: a.time.text,
      start: period?.start ?? null,
      end: period?.end ?? null,
      peak: period?.peak ?? null,
      wards: [...new Set(a.wardAssignments.map((w) => w.ward).filter((w): w is string => w !== null))],
      search: activitySearchText(a),
    });
  }
  return out;
}
