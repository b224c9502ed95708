import type { ActivityState } from "../engine/PlanState";
import { vietnamDate } from "../engine/vietnamTime";
import type { Activity } from "../model/Activity";
import { type ActivityDeadline, activityDeadline } from "./activityDeadline";

/** The classes Vietnamese offices report by, plus cancelled. */
export type ActivityClass =
  | "completed-on-time"
  | "completed-late"
  | "in-progress-on-time"
  | "in-progress-overdue"
  | "no-deadline"
  | "cancelled";

/** The report labels of each class. */
export const activityClassLabels: Readonly<Record<ActivityClass, { vi: string; en: string }>> = {
  "completed-on-time": { vi: "Hoàn thành đúng hạn", en: "Completed on time" },
  "completed-late": { vi: "Hoàn thành quá hạn", en: "Completed late" },
  "in-progress-on-time": { vi: "Chưa hoàn thành, trong hạn", en: "Not completed, within the deadline" },
  "in-progress-overdue": { vi: "Chưa hoàn thành, quá hạn", en: "Not completed, overdue" },
  "no-deadline": { vi: "Không xác định hạn", en: "No determinable deadline" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
};

/** The classes in report order. */
export const activityClasses: readonly ActivityClass[] = [
  "completed-on-time",
  "completed-late",
  "in-progress-on-time",
  "in-progress-overdue",
  "no-deadline",
  "cancelled",
];

const open = new Set(["planned", "inProgress"]);

/** True when the activity counts as done (hoàn thành): reported, rewarded or a plugin step after reporting. */
export function isCompleted(state: ActivityState): boolean {
  return !open.has(state.status) && state.status !== "cancelled";
}

/**
 * The Vietnamese calendar date (YYYY-MM-DD) of a validated event timestamp,
 * the same as {@link vietnamDate} but without a `Date` when the wall-clock
 * time shifted to UTC+7 stays on the same day (the usual case: events carry
 * +07:00); otherwise, or for any unexpected shape, it defers to `vietnamDate`.
 */
export function vietnamDay(at: string): string {
  if (at.length < 16 || at.charCodeAt(10) !== 84 /* T */) return vietnamDate(at);
  let offset = 0;
  if (!at.endsWith("Z")) {
    const sign = at.charAt(at.length - 6);
    if (sign !== "+" && sign !== "-") return vietnamDate(at);
    const minutes = Number(at.slice(-5, -3)) * 60 + Number(at.slice(-2));
    offset = sign === "-" ? -minutes : minutes;
  }
  const local = Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16)) - offset + 420;
  return Number.isInteger(local) && local >= 0 && local < 1440 ? at.slice(0, 10) : vietnamDate(at);
}

/** One activity's standing as of a date. */
export interface ActivityStanding {
  deadline: ActivityDeadline;
  /** The Vietnamese date the current report was made, when completed. */
  completedOn: string | null;
  /** Not completed, not cancelled and past the deadline in force. */
  overdue: boolean;
  class: ActivityClass;
}

/**
 * Classifies an activity as of a date (`YYYY-MM-DD`): completed on time or
 * late (by the report date against the deadline in force), not completed
 * within or past the deadline, no determinable deadline (relative or unknown
 * periods that are not done), or cancelled. A completed activity without a
 * deadline counts as completed on time.
 */
export function classifyActivity(activity: Activity, state: ActivityState, asOf: string): ActivityStanding {
  const deadline = activityDeadline(activity, state);
  const completed = isCompleted(state);
  const completedOn =
    completed && state.context.reportedAt !== null ? vietnamDay(state.context.reportedAt) : null;
  if (state.status === "cancelled") return { deadline, completedOn, overdue: false, class: "cancelled" };
  if (completed) {
    const late = deadline.current !== null && completedOn !== null && completedOn > deadline.current;
    return { deadline, completedOn, overdue: false, class: late ? "completed-late" : "completed-on-time" };
  }
  if (deadline.current === null) return { deadline, completedOn, overdue: false, class: "no-deadline" };
  const overdue = asOf > deadline.current;
  return { deadline, completedOn, overdue, class: overdue ? "in-progress-overdue" : "in-progress-on-time" };
}
