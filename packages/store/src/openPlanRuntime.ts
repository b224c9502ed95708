import type { Kehoach, LifecycleError, PlanEvent, PlanRuntime, PlanState } from "@kehoach/core";
import type { SubmitOptions, SubmitResult } from "./commitGroup";
import { followPlanLog, type PlanLog } from "./followPlanLog";
import { groupCommitQueue, type Serial } from "./groupCommitQueue";
import type { LogWatch, Store, StoredEvent } from "./Store";

export type { SubmitOptions, SubmitResult };

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
  /**
   * True when other processes' events reach this runtime as they commit
   * (PostgreSQL `LISTEN/NOTIFY`, see `Store.watch`): its state follows the
   * log within moments without `sync`. False on SQLite and memory, where
   * `sync` reads what other processes appended.
   */
  readonly live: boolean;
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
   * answered only once its commit is durable. Each group is read, checked
   * and appended holding the plan's write lock (`store.withPlanLock`), so
   * runtimes in other processes on one PostgreSQL take turns instead of
   * racing. When a writer that does not take the lock appended to the same
   * activity first, the runtime reads the log again and checks the event
   * against that newer state, up to 5 times; only then does it give
   * `{ ok: false, conflict }`, having stored nothing. With `options.stamp`,
   * the event's `at` is taken when it is checked (see {@link SubmitOptions}).
   */
  submit(event: PlanEvent, options?: SubmitOptions): Promise<SubmitResult>;
  /** Stops following the store's commits (the runtime still answers from what it read; `sync` still reads). */
  close(): Promise<void>;
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
  const log = followPlanLog(store, planId, plan, kehoach);
  let queue: Promise<unknown> = Promise.resolve();
  const serial: Serial = (task) => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  await log.readNew();
  const watch = await followCommits(store, log, serial);
  const runtime = log.runtime();
  return {
    plan: runtime.plan,
    plugins: runtime.plugins,
    lifecycle: runtime.lifecycle,
    exporters: runtime.exporters,
    anniversary: runtime.anniversary,
    live: watch.crossProcess,
    runtime: () => log.runtime(),
    storedEvents: () => log.runtime().records(),
    rejectedOnLoad: () =>
      log
        .runtime()
        .rejected()
        .map((r) => ({ event: r.record, error: r.error })),
    findEvent: (eventId) =>
      log.runtime().find(eventId) ??
      log
        .runtime()
        .rejected()
        .find((r) => r.record.event.id === eventId)?.record,
    state: () => log.runtime().state(),
    stateAt: (asOf) => log.runtime().stateAt(asOf),
    sync: sharedRead(log, serial),
    submit: groupCommitQueue(log, serial),
    close: () => watch.close(),
  };
}

/**
 * `sync`: one read of the log, shared by every call made before it starts
 * (each call still sees what was committed before it: the read it joins has
 * not begun). Twenty requests that arrive together make one read, not twenty.
 */
function sharedRead(log: PlanLog, serial: Serial): () => Promise<void> {
  let queued: Promise<void> | null = null;
  return () => {
    queued ??= serial(async () => {
      queued = null;
      await log.readNew();
    });
    return queued;
  };
}

/**
 * Reads the plan's new events when the store says they were committed
 * (`store.watch`: this process's appends, and on PostgreSQL every process's),
 * one read at a time and only when the change is past what was read.
 */
function followCommits(store: Store, log: PlanLog, serial: Serial): Promise<LogWatch> {
  let wanted = 0;
  let scheduled = false;
  const catchUp = async () => {
    scheduled = false;
    const target = wanted;
    wanted = 0;
    if (target > log.position()) await log.readNew();
  };
  return store.watch((change) => {
    if (change.plan !== null && change.plan !== log.planId) return;
    // A null plan: the listener reconnected and may have missed changes, so read whatever is there.
    wanted = change.plan === null ? Number.POSITIVE_INFINITY : Math.max(wanted, change.position);
    if (scheduled || wanted <= log.position()) return;
    scheduled = true;
    // A failed read is tried again by the next change, `sync` or commit.
    serial(catchUp).catch(() => undefined);
  });
}
