import type { ActivityState, WardPartState } from "../../engine/PlanState";
import type { Activity } from "../../model/Activity";
import { activityProgress, wardPartProgress } from "../activityProgress";
import { classifyActivity } from "../classifyActivity";
import type { ActivityStatusRow, WardPartRow } from "./PlanStatus";

function wardPartRows(parts: readonly WardPartState[]): WardPartRow[] {
  if (parts.length === 0) return [];
  const rows = new Array<WardPartRow>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as WardPartState;
    rows[i] = { ward: p.ward, status: p.status, progress: wardPartProgress(p) };
  }
  return rows;
}

/** One activity's row as of a date: status, class, deadline in force, progress, ward parts. Sections get no class. */
export function activityStatusRow(activity: Activity, state: ActivityState, asOf: string): ActivityStatusRow {
  const standing = classifyActivity(activity, state, asOf);
  const isSection = activity.isSection;
  return {
    id: activity.id,
    code: activity.code,
    table: activity.table,
    title: activity.title,
    isSection,
    status: state.status,
    class: isSection ? null : standing.class,
    overdue: !isSection && standing.overdue,
    deadline: standing.deadline.current,
    originalDeadline: standing.deadline.original,
    extensions: standing.deadline.extensions,
    completedOn: standing.completedOn,
    progress: activityProgress(activity, state),
    returns: state.context.returns.length,
    wardParts: wardPartRows(state.wardParts),
  };
}
