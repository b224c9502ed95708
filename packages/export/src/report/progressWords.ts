import {
  type ActivityClass,
  type ActivityState,
  activityStateLabels,
  isCoreActivityStatus,
  type LifecycleContext,
} from "@kehoach/core";
import type { ReportStatus } from "./Report";

/** The report status (colour, words) of an activity class. */
export function classStatus(cls: ActivityClass | null, state: string): ReportStatus | null {
  switch (cls) {
    case "completed-on-time":
      return "doneOnTime";
    case "completed-late":
      return "doneLate";
    case "in-progress-on-time":
      return "notDueYet";
    case "in-progress-overdue":
      return "overdue";
    case "cancelled":
      return "cancelled";
    default:
      return state === "planned" || state === "inProgress" ? state : null;
  }
}

/**
 * An activity state in words ("Đang thực hiện"), from core's label table; a
 * plugin step's words come from `label` (the plan's lifecycle), else its name.
 */
export function stateWord(status: string, label?: (status: string) => { vi: string }): string {
  if (label) return label(status).vi;
  return isCoreActivityStatus(status) ? activityStateLabels[status].vi : status;
}

const levelWords = { district: "Cấp quận", ward: "Cấp phường", city: "Cấp Thành phố" } as const;

/** The results of an activity's latest REPORT, level by level ("Cấp quận: …"), or "" when none. */
export function latestResults(context: LifecycleContext): string {
  const last = context.reports[context.reports.length - 1];
  if (!last) return "";
  const levels = (["district", "ward", "city"] as const).flatMap((level) => {
    const r = last.results[level];
    return r ? [`${levelWords[level]}: ${r.text}`] : [];
  });
  return levels.length === 1 ? (levels[0] as string).replace(/^[^:]+: /u, "") : levels.join("\n");
}

/**
 * What an activity has achieved, in one cell: the latest report's results when
 * it is completed; else the latest progress note and percent; returns and
 * cancellations are named.
 */
export function resultText(state: ActivityState, progress: number | null, completed: boolean): string {
  const ctx = state.context;
  const parts: string[] = [];
  if (state.status === "cancelled") {
    parts.push(`Đã hủy${ctx.cancellation ? `: ${ctx.cancellation.reason}` : ""}`);
  } else if (completed) {
    parts.push(latestResults(ctx));
  } else {
    const note = [...ctx.progress].reverse().find((p) => p.note)?.note;
    if (note) parts.push(note);
    if (progress !== null && state.status !== "planned") parts.push(`Tiến độ ${formatPercent(progress)}%`);
    const lastReturn = ctx.returns[ctx.returns.length - 1];
    if (lastReturn && ctx.reportedAt === null) parts.push(`Báo cáo bị trả lại: ${lastReturn.reason}`);
  }
  return parts.filter(Boolean).join("; ");
}

/** A percentage as Vietnamese reports write it: at most one decimal, a decimal comma ("33,3"). */
export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace(".", ",");
}
