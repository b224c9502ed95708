import { createPlanRuntime, type Kehoach, type Plan } from "@kehoach/core";
import type { GroupCommitContext } from "./commitGroup";
import type { Store, StoredEvent } from "./Store";

/** A plan's runtime kept in step with its log: what group commit works on, and the last position read. */
export interface PlanLog extends GroupCommitContext {
  /** The position of the last stored event read (0 before any). */
  position(): number;
}

/**
 * Follows a plan's log: core's runtime over the events read so far, each
 * activity's stream version, and the position read up to. `add` applies an
 * event provisionally (checked, not yet stored); `readNew` reads what was
 * appended since, giving this runtime's own provisional records their place
 * and hash (core's `confirm`) and adding the others'; `takeCommitted` does the
 * same with a group's own stored events, without reading, when they directly
 * follow what was read; `reload` starts over
 * from the log. Nothing here is safe to run twice at once: the caller
 * serialises.
 */
export function followPlanLog(
  store: Store,
  planId: string,
  plan: Plan,
  kehoach: Pick<Kehoach, "plugins"> | null,
): PlanLog {
  const fresh = () => createPlanRuntime<StoredEvent>({ plan, kehoach });
  let runtime = fresh();
  const streams = new Map<string, number>();
  let cursor = 0;
  const add = (e: StoredEvent) => {
    streams.set(e.event.activity, (streams.get(e.event.activity) ?? 0) + 1);
    return runtime.add(e);
  };
  /** Takes one stored event of the plan, in log order: our own provisional one gets its place and hash, another's is added. */
  const take = (e: StoredEvent) => {
    const mine = runtime.find(e.event.id)?.position === 0 && runtime.confirm(e);
    if (!mine) add(e);
    cursor = e.position;
  };
  const readNew = async () => {
    for await (const batch of store.readEventBatches({ plan: planId, afterPosition: cursor })) {
      for (const e of batch) take(e);
    }
  };
  return {
    store,
    planId,
    runtime: () => runtime,
    streamVersion: (activity) => streams.get(activity) ?? 0,
    add,
    readNew,
    async takeCommitted(events) {
      // Positions are global and gapless: when the group's first event directly follows the last one read,
      // nothing of this plan was appended in between, and the group is the log up to its last event.
      if (events[0]?.position === cursor + 1) for (const e of events) take(e);
      else await readNew();
    },
    async reload() {
      runtime = fresh();
      streams.clear();
      cursor = 0;
      await readNew();
    },
    position: () => cursor,
  };
}
