import {
  type ApplyResult,
  createPlanRuntime,
  type Kehoach,
  type LifecycleError,
  type PlanEvent,
  type PlanRuntime,
  type PlanState,
} from "@kehoach/core";
import type { Store, StoredEvent } from "./Store";
import { isStoreError } from "./StoreError";

type StoreErrorLike = { vi: string; en: string };

/** How many times `submit` checks and appends an event when other processes keep writing to its activity first. */
const SUBMIT_ATTEMPTS = 5;

/** What {@link StorePlanRuntime.submit} answers. */
export type SubmitResult =
  | { ok: true; event: StoredEvent; duplicate: boolean }
  | { ok: false; error: LifecycleError }
  | { ok: false; conflict: { vi: string; en: string } };

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
   * the store with the stream's expected version, then reads it back (its
   * position and hash). Calls are serialised. When another process appended
   * to the same activity first, the runtime reads its events and checks the
   * event again against that newer state, up to 5 times; only then does it give `{ ok: false, conflict }`, having changed
   * nothing.
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
 * const runtime = await openPlanRuntime(store, "ke-hoach-80-nam", createKehoach({ plugins: [baDinh80] }));
 * const r = await runtime?.submit({ id, activity: "t1-1", type: "START", by: { unit }, at, payload: {} });
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

  const add = (e: StoredEvent): ApplyResult => {
    streams.set(e.event.activity, (streams.get(e.event.activity) ?? 0) + 1);
    return runtime.add(e);
  };
  const readNew = async () => {
    for await (const batch of store.readEventBatches({ plan: planId, afterPosition: runtime.position })) {
      for (const e of batch) add(e);
    }
  };
  const reload = async () => {
    runtime = fresh();
    streams.clear();
    await readNew();
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** One check and append against the state read just before; "conflict" when another process wrote first. */
  const attempt = async (event: PlanEvent): Promise<SubmitResult | { ok: false; retry: StoreErrorLike }> => {
    await readNew();
    const existing = runtime.find(event.id);
    if (existing) return { ok: true, event: existing, duplicate: true };
    const checked = runtime.check(event);
    if (!checked.ok) return { ok: false, error: checked.error };
    const expectedVersion = streams.get(event.activity) ?? 0;
    try {
      await store.append({ plan: planId, activity: event.activity, events: [event], expectedVersion });
    } catch (error) {
      if (isStoreError(error) && error.code === "event.version-conflict") return { ok: false, retry: error };
      await reload();
      throw error;
    }
    await readNew();
    const mine = runtime.find(event.id);
    if (!mine) throw new Error(`event ${event.id} was appended but could not be read back`);
    return { ok: true, event: mine, duplicate: false };
  };
  const append = async (event: PlanEvent): Promise<SubmitResult> => {
    for (let i = 1; ; i++) {
      const result = await attempt(event);
      if (!("retry" in result)) return result;
      if (i >= SUBMIT_ATTEMPTS) {
        await readNew();
        return { ok: false, conflict: { vi: result.retry.vi, en: result.retry.en } };
      }
    }
  };

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
    submit: (event) => serial(() => append(event)),
  };
}
