import type { PlanEvent } from "@kehoach/core";
import {
  commitGroup,
  type GroupCommitContext,
  type PendingSubmit,
  type SubmitOptions,
  type SubmitResult,
} from "./commitGroup";

/** Runs tasks one at a time, in the order given (a failed task does not stop the next). */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * The submit of a plan runtime, with group commit: submits wait in a queue;
 * once per turn of the event loop, one serialised task takes all that are
 * waiting and commits them together (`commitGroup`) while holding the plan's
 * write lock (`store.withPlanLock`: on PostgreSQL, other processes' runtimes
 * wait, so none loses the race for an activity and rebuilds), then queues
 * again the ones to try again.
 */
export function groupCommitQueue(
  context: GroupCommitContext,
  serial: Serial,
): (event: PlanEvent, options?: SubmitOptions) => Promise<SubmitResult> {
  const pending: PendingSubmit[] = [];
  let scheduled = false;
  const flush = async () => {
    scheduled = false;
    const group = pending.splice(0);
    if (group.length === 0) return;
    try {
      const again = await context.store.withPlanLock(context.planId, () => commitGroup(context, group));
      if (again.length > 0) enqueue(again);
    } catch (error) {
      await context.reload().catch(() => undefined);
      for (const p of group) p.reject(error);
    }
  };
  const enqueue = (submits: readonly PendingSubmit[]) => {
    pending.push(...submits);
    if (scheduled) return;
    scheduled = true;
    // After the I/O callbacks of this turn of the event loop: every request that arrived with this one joins the
    // group (a synchronous SQLite commit blocks the loop, so the requests sent meanwhile all arrive at once).
    setImmediate(() => void serial(flush));
  };
  return (event, options = {}) =>
    new Promise<SubmitResult>((resolve, reject) =>
      enqueue([{ event, lost: 0, resolve, reject, ...(options.stamp ? { stamp: options.stamp } : {}) }]),
    );
}
