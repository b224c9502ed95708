import {
  type ApplyResult,
  createPlanRuntime,
  type Kehoach,
  type LifecycleError,
  type PlanEvent,
  type PlanRuntime,
  type PlanState,
} from "@kehoach/core";
import { commitGroup, type GroupCommitContext, type PendingSubmit, type SubmitResult } from "./commitGroup";
import type { Store, StoredEvent } from "./Store";

export type { SubmitResult };

/**
 * A plan run from a store: core's `PlanRuntime` over the plan's stored events,
 * kept in step with the log (`sync`) and written through it (`submit`).
 */
export interface StorePlanRuntime {
  readonly plan: PlanRuntime<StoredEvent>["plan"];
  readonly plugins: PlanRuntime<StoredEvent>["plugins"];
  readonly lifecycle: PlanRuntime<StoredEvent>["lifecycle"];
  readonly exporters: PlanRuntime<StoredEvent>["exporters"];
  readonly anniversary: PlanRuntime<StoredEvent>["anniversary"];
  /** The pure runtime after the last `sync` (replaced when the log had to be read again). */
  runtime(): PlanRuntime<StoredEvent>;
  /** The plan's stored events, in log order (accepted or not). */
  storedEvents(): readonly StoredEvent[];
  /** Stored events that the engine rejected when they were read (a log written by another version), with why. */
  rejectedOnLoad(): readonly { event: StoredEvent; error: LifecycleError }[];
  /** The current state. */
  state(): PlanState;
  /** The state as of a date or timestamp (from checkpoints: cheap to call for every day of a year). */
  stateAt(asOf: string): PlanState;
  /** Reads the events other processes appended since the last read. */
  sync(): Promise<void>;
  /** The stored event with this id (accepted or rejected on load), found by its id (no scan of the log). */
  findEvent(eventId: string): StoredEvent | undefined;
  /**
   * Checks an event with the engine and, when it is accepted, appends it to
   * the store with the stream's expected version, then answers it as stored
   * (its position and hash). Submits made while a commit is under way wait
   * and go together in the next one (group commit, `store.appendMany`: one
   * transaction, one fsync), each still checked by the engine in order, each
   * answered only once its commit is durable. When another process appended
   * to the same activity first, the runtime reads the log again and checks
   * the event against that newer state, up to 5 times; only then does it
   * give `{ ok: false, conflict }`, having stored nothing.
   */
  submit(event: PlanEvent): Promise<SubmitResult>;
}

/**
 * Opens a plan from a store: the latest plan version, its plugins (from
 * `kehoach`: those the plan names, see core's `createPlanRuntime`) and every
 * stored event, read in batches. Returns null when the store has no such plan.
 *
 * @throws {PlanEngineError} when the plan names a plugin `kehoach` does not have.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { createKehoach } from "@kehoach/core";
 * import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
 * import { openPlanRuntime, openStore } from "@kehoach/store";
 *
 * const store = await openStore("memory:");
 * const saved = await store.savePlan(JSON.parse(await readFile("plan.json", "utf8"))); // from `kehoach import`
 * saved.plan; // "ke-hoach-70-nam-giai-phong-thu-do"
 * const runtime = await openPlanRuntime(store, saved.plan, createKehoach({ plugins: [thanhXuan70] }));
 * const r = await runtime?.submit({
 *   id: "2024-03-01-ttvh-1",
 *   activity: "t1-3.1",
 *   type: "START",
 *   by: { unit: "trung-tam-van-hoa-thong-tin-the-thao" },
 *   at: "2024-03-01T08:00:00+07:00",
 *   payload: {},
 *   machineVersion: "1", // the activity machine's version (ACTIVITY_MACHINE_VERSION)
 * });
 * r?.ok; // true
 * await store.close();
 * ```
 */
export async function openPlanRuntime(
  store: Store,
  planId: string,
  kehoach: Pick<Kehoach, "plugins"> | null = null,
): Promise<StorePlanRuntime | null> {
  const plan = await store.getPlan(planId);
  if (!plan) return null;
  const fresh = () => createPlanRuntime<StoredEvent>({ plan, kehoach });
  let runtime = fresh();
  const streams = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();

  let cursor = 0;
  const add = (e: StoredEvent): ApplyResult => {
    streams.set(e.event.activity, (streams.get(e.event.activity) ?? 0) + 1);
    return runtime.add(e);
  };
  /** This runtime's own events applied when they were checked, not yet read back from the log. */
  let provisional = 0;
  const readNew = async () => {
    let outOfOrder = false;
    for await (const batch of store.readEventBatches({ plan: planId, afterPosition: cursor })) {
      for (const e of batch) {
        const known = runtime.find(e.event.id);
        // Our own event, applied when it was checked: it gets its place in the log and its hash.
        if (known && known.position === 0) {
          Object.assign(known, e);
          provisional--;
        } else {
          // Another process's event committed before ours: it comes before them in the log.
          if (provisional > 0) outOfOrder = true;
          add(e);
        }
        cursor = e.position;
      }
    }
    if (outOfOrder) (runtime.records() as StoredEvent[]).sort((a, b) => a.position - b.position);
  };
  const reload = async () => {
    runtime = fresh();
    streams.clear();
    cursor = 0;
    provisional = 0;
    await readNew();
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // Group commit: submits wait in `pending`; one task at a time checks all that are waiting and commits them together.
  const pending: PendingSubmit[] = [];
  let scheduled = false;
  const context: GroupCommitContext = {
    store,
    planId,
    runtime: () => runtime,
    streamVersion: (activity) => streams.get(activity) ?? 0,
    add(record) {
      provisional++;
      return add(record);
    },
    readNew,
    reload,
  };
  const flush = async () => {
    scheduled = false;
    const group = pending.splice(0);
    if (group.length === 0) return;
    try {
      const again = await commitGroup(context, group);
      if (again.length > 0) enqueue(again);
    } catch (error) {
      await reload().catch(() => undefined);
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
  const submit = (event: PlanEvent) =>
    new Promise<SubmitResult>((resolve, reject) => enqueue([{ event, lost: 0, resolve, reject }]));

  await readNew();
  return {
    plan: runtime.plan,
    plugins: runtime.plugins,
    lifecycle: runtime.lifecycle,
    exporters: runtime.exporters,
    anniversary: runtime.anniversary,
    runtime: () => runtime,
    storedEvents: () => runtime.records(),
    rejectedOnLoad: () => runtime.rejected().map((r) => ({ event: r.record, error: r.error })),
    findEvent: (eventId) =>
      runtime.find(eventId) ?? runtime.rejected().find((r) => r.record.event.id === eventId)?.record,
    state: () => runtime.state(),
    stateAt: (asOf) => runtime.stateAt(asOf),
    sync: () => serial(readNew),
    submit,
  };
}
