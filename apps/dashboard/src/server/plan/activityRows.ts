import { type Activity, foldForSearch, type Plan, type PlanStatus, type UnitRef } from "@kehoach/core";
import type { ActivityFilter } from "./ActivityFilter";

/** A unit as an activity row shows it. */
export interface RowUnit {
  id: string | null;
  name: string;
  source: string;
  requested: boolean;
  scope: string;
  members: string[];
}

/** One row of the activity table: the status query's row plus what the table shows and filters on. */
export type ActivityRow = PlanStatus["activities"][number] & {
  parent: string | null;
  leads: RowUnit[];
  coordinators: RowUnit[];
  time: string;
  start: string | null;
  end: string | null;
  peak: { start: string; end: string } | null;
  wards: string[];
};

const unit = (ref: UnitRef): RowUnit => ({
  id: ref.unitId,
  name: ref.name,
  source: ref.source,
  requested: ref.requested,
  scope: ref.scope,
  members: [...ref.members],
});

const unitIds = (refs: readonly UnitRef[]): Set<string> => {
  const out = new Set<string>();
  for (const r of refs) {
    if (r.unitId) out.add(r.unitId);
    for (const m of r.members) out.add(m);
  }
  return out;
};

/**
 * True when an activity is active, peaking, due or completed in a month
 * (YYYY-MM): its period or peak overlaps the month, or its deadline in force
 * or completion date falls in it.
 */
export function touchesMonth(
  activity: Activity,
  row: PlanStatus["activities"][number],
  month: string,
): boolean {
  const first = `${month}-01`;
  const last = `${month}-31`;
  const overlaps = (start: string | null, end: string | null) => {
    const from = start ?? end;
    const to = end ?? start;
    return from !== null && to !== null && from <= last && to >= first;
  };
  const p = activity.time.period;
  return (
    (p !== null && (overlaps(p.start, p.end) || (p.peak !== null && overlaps(p.peak.start, p.peak.end)))) ||
    row.deadline?.startsWith(month) === true ||
    row.completedOn?.startsWith(month) === true
  );
}

/** The text an activity is searched by, folded (no accents, lower case). */
export function activitySearchText(activity: Activity): string {
  const parts = [
    activity.code,
    activity.title,
    activity.time.text,
    ...activity.leads.flatMap((u) => [u.name, u.source]),
    ...activity.coordinators.flatMap((u) => [u.name, u.source]),
    ...activity.wardAssignments.flatMap((w) => [w.text, w.source]),
    activity.expected.district?.text ?? "",
    activity.expected.ward?.text ?? "",
    activity.expected.city?.text ?? "",
  ];
  return foldForSearch(parts.join(" \u0001 "));
}

/**
 * Builds the activity table's rows from the plan and its status as of a date,
 * then filters them: status, class, lead, coordinator, ward, month, overdue
 * and accent-insensitive text (every word of `q` must occur).
 */
export function activityRows(plan: Plan, status: PlanStatus, filter: ActivityFilter): ActivityRow[] {
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  const words = filter.q
    ? foldForSearch(filter.q)
        .split(/\s+/)
        .filter((w) => w !== "")
    : [];
  const wardCommittee = filter.ward ? `ubnd-phuong-${filter.ward}` : null;
  const out: ActivityRow[] = [];
  for (const row of status.activities) {
    const a = byId.get(row.id);
    if (!a) continue;
    if (filter.sections === "false" && row.isSection) continue;
    if (filter.status && filter.status.length > 0 && !filter.status.includes(row.status)) continue;
    if (filter.class && filter.class.length > 0 && (row.class === null || !filter.class.includes(row.class)))
      continue;
    if (filter.overdue === "true" && !row.overdue) continue;
    if (filter.overdue === "false" && row.overdue) continue;
    if (filter.lead && !unitIds(a.leads).has(filter.lead)) continue;
    if (filter.coordinator && !unitIds(a.coordinators).has(filter.coordinator)) continue;
    if (filter.ward && wardCommittee) {
      const hasPart = a.wardAssignments.some((w) => w.ward === filter.ward);
      const coordinates = unitIds(a.coordinators).has(wardCommittee) || unitIds(a.leads).has(wardCommittee);
      if (!hasPart && !coordinates) continue;
    }
    if (filter.month && !touchesMonth(a, row, filter.month)) continue;
    if (words.length > 0) {
      const text = activitySearchText(a);
      if (!words.every((w) => text.includes(w))) continue;
    }
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
    });
  }
  return out;
}
