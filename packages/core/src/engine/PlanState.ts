import type { ActivityStatus, WardPartStatus } from "../lifecycle/activityStatus";
import type { LifecycleContext } from "../lifecycle/LifecycleContext";

/** A ward part's state: its lifecycle status and what it remembers. */
export interface WardPartState {
  activity: string;
  ward: string;
  /** "planned" | "inProgress" | "reported". */
  status: WardPartStatus;
  context: LifecycleContext;
}

/** An activity's state: its status (a core state or a plugin step), its context and its ward parts. */
export interface ActivityState {
  id: string;
  /** "planned" | "inProgress" | "reported" | "rewarded" | "cancelled" | a plugin step ("approved"). */
  status: ActivityStatus;
  context: LifecycleContext;
  /** One per ward assignment with a resolved ward, in the plan's order. */
  wardParts: readonly WardPartState[];
}

/**
 * The state of a whole plan at one moment: an immutable value (later events
 * never change a state already handed out). Activities without events are
 * `planned` with the initial context.
 */
export interface PlanState {
  planId: string;
  /** The activity machine version the state was computed with. */
  machineVersion: string;
  /** Accepted events folded into this state. */
  eventCount: number;
  /** `at` of the latest accepted event, or null. */
  lastEventAt: string | null;
  /** The state of one activity, or undefined when the plan has no such activity. */
  activity(id: string): ActivityState | undefined;
  /** Every activity's state, in plan order. */
  activities(): ActivityState[];
}
