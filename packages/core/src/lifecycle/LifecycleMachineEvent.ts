import type { PlanEvent } from "../model/Event";
import type { LifecycleRoles } from "./LifecycleRoles";

/**
 * What the engine sends to a lifecycle machine: the validated envelope plus
 * what the guards need to know about the plan and the sibling machines, so
 * that `transition(machine, snapshot, event)` is a pure function.
 */
export interface LifecycleMachineEvent {
  /** The envelope's `type` ("START", "REPORT", a plugin's "APPROVE", …). */
  type: string;
  event: PlanEvent;
  roles: LifecycleRoles;
  /** Ward parts whose REPORT is dated at or before this event (activity REPORT only). */
  wardsReported: readonly string[];
  /** The parent activity is rewarded or cancelled (ward part events only). */
  parentClosed: boolean;
}
