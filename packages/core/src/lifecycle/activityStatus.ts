import type { BilingualMessage } from "../errors/createDiagnostic";

/** The core states of an activity, in lifecycle order (plugin steps go after the state they follow). */
export const coreActivityStatuses = ["planned", "inProgress", "reported", "rewarded", "cancelled"] as const;

/** A core activity state. */
export type CoreActivityStatus = (typeof coreActivityStatuses)[number];

/**
 * An activity's state: a core state, or a plugin step's state (Ba Đình's
 * `approved`). The plan's own list, in order, is `engine.lifecycle.states`.
 */
export type ActivityStatus = CoreActivityStatus | (string & {});

/** The states of a ward's part of an activity, in order. */
export const wardPartStatuses = ["planned", "inProgress", "reported"] as const;

/** A ward part's state. */
export type WardPartStatus = (typeof wardPartStatuses)[number];

/** The final core states: nothing is accepted after them. */
export const finalActivityStatuses: readonly CoreActivityStatus[] = ["rewarded", "cancelled"];

/**
 * The one bilingual label table of the core states, for every report, UI and
 * command (a plugin step's label comes with the step: `engine.lifecycle.label`).
 */
export const activityStateLabels: Readonly<Record<CoreActivityStatus, BilingualMessage>> = {
  planned: { vi: "Chưa triển khai", en: "Planned" },
  inProgress: { vi: "Đang thực hiện", en: "In progress" },
  reported: { vi: "Đã báo cáo", en: "Reported" },
  rewarded: { vi: "Đã khen thưởng", en: "Rewarded" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
};

/** True for a core state name. */
export function isCoreActivityStatus(status: string): status is CoreActivityStatus {
  return (coreActivityStatuses as readonly string[]).includes(status);
}
