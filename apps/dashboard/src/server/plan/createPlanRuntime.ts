import {
  type Anniversary,
  createPlanEngine,
  type EnginePlugin,
  type Exporter,
  type LifecycleAuthority,
  type LifecycleError,
  type LifecycleStep,
  type Plan,
  type PlanEngine,
  type PlanEvent,
} from "@kehoach/core";
import { isStoreError, type Store, type StoredEvent } from "@kehoach/store";

/** What {@link PlanRuntime.submit} answers. */
export type SubmitResult =
  | { ok: true; event: StoredEvent; duplicate: boolean }
  | { ok: false; error: LifecycleError }
  | { ok: false; conflict: { vi: string; en: string } };

/**
 * One plan as the server runs it: the plan from the store, its engine with
 * every stored event replayed, and the stored events (with positions and
 * hashes) for timelines and the audit log.
 */
export interface PlanRuntime {
  readonly plan: Plan;
  /** The plugins whose lifecycle extensions this plan's engine applies. */
  readonly plugins: readonly RuntimePlugin[];
  /** The extra lifecycle steps of those plugins (e.g. Ba Đình's `approved`), in order. */
  readonly steps: readonly LifecycleStep[];
  /** Units allowed to send core events besides the issuer (a plugin's `authorities`). */
  readonly authorities: readonly LifecycleAuthority[];
  /** The report exporters of those plugins. */
  readonly exporters: readonly Exporter[];
  /** The plan's anniversary, else the one its plugin ships, else null. */
  readonly anniversary: Anniversary | null;
  /** The engine after the last {@link PlanRuntime.sync}. */
  engine(): PlanEngine;
  /** The plan's stored events, in log order. */
  storedEvents(): readonly StoredEvent[];
  /** Stored events that the engine rejected on replay (a log written by another version), with why. */
  rejectedOnLoad(): readonly { event: StoredEvent; error: LifecycleError }[];
  /** Reads the events other processes appended since the last read. */
  sync(): Promise<void>;
  /**
   * Validates an event with the engine and, when accepted, appends it to the
   * store with an optimistic concurrency check. Calls are serialised.
   */
  submit(event: PlanEvent): Promise<SubmitResult>;
}

/** Options of {@link createPlanRuntime}. */
export interface PlanRuntimeOptions {
  /**
   * Plugins whose lifecycle extensions the engine applies, or a function that
   * picks them once the plan is read (a plan's own plugin only: see `pluginsForPlan`).
   */
  plugins?: readonly RuntimePlugin[] | ((plan: Plan) => readonly RuntimePlugin[]);
}

/** What a runtime uses of a plugin: its lifecycle extension and its anniversary. */
export type RuntimePlugin = EnginePlugin & {
  anniversary?: Anniversary | undefined;
  /** Report exporters the plugin adds (e.g. Ba Đình's one-page reward announcement). */
  exporters?: readonly Exporter[] | undefined;
};

/**
 * Loads a plan from the store and replays its events into a fresh engine.
 * Returns null when the store has no such plan.
 */
export async function createPlanRuntime(
  store: Store,
  planId: string,
  options: PlanRuntimeOptions = {},
): Promise<PlanRuntime | null> {
  const plan = await store.getPlan(planId);
  if (!plan) return null;
  const given = options.plugins ?? [];
  const plugins = typeof given === "function" ? given(plan) : given;
  const steps = plugins.flatMap((p) => p.lifecycle?.steps ?? []);
  const authorities = plugins.flatMap((p) => p.lifecycle?.authorities ?? []);
  const exporters = plugins.flatMap((p) => p.exporters ?? []);
  const anniversary =
    plan.anniversary ?? plugins.map((p) => p.anniversary).find((a) => a !== undefined) ?? null;
  let engine = createPlanEngine(plan, { plugins });
  let stored: StoredEvent[] = [];
  let rejected: { event: StoredEvent; error: LifecycleError }[] = [];
  let position = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const fold = (events: readonly StoredEvent[]) => {
    for (const e of events) {
      const r = engine.apply(e.event);
      if (!r.ok) rejected.push({ event: e, error: r.error });
      stored.push(e);
      position = Math.max(position, e.position);
    }
  };

  const readNew = async () => {
    for await (const batch of store.readEventBatches({ plan: planId, afterPosition: position })) fold(batch);
  };

  const reload = async () => {
    engine = createPlanEngine(plan, { plugins });
    stored = [];
    rejected = [];
    position = 0;
    await readNew();
  };

  await readNew();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    plan,
    plugins,
    steps,
    authorities,
    exporters,
    anniversary,
    engine: () => engine,
    storedEvents: () => stored,
    rejectedOnLoad: () => rejected,
    sync: () => serial(readNew),
    submit: (event) =>
      serial(async (): Promise<SubmitResult> => {
        await readNew();
        const expectedVersion = stored.filter((e) => e.event.activity === event.activity).length;
        const result = engine.apply(event);
        if (!result.ok) return { ok: false, error: result.error };
        if (result.duplicate) {
          const existing = stored.find((e) => e.event.id === event.id);
          if (existing) return { ok: true, event: existing, duplicate: true };
        }
        try {
          await store.append({ plan: planId, activity: event.activity, events: [event], expectedVersion });
        } catch (error) {
          // The engine accepted an event the store did not keep: rebuild it from the log.
          await reload();
          if (isStoreError(error) && error.code === "event.version-conflict") {
            return { ok: false, conflict: { vi: error.vi, en: error.en } };
          }
          throw error;
        }
        const before = stored.length;
        // Read back what was stored (our event and its position and hash) without folding it twice.
        for await (const batch of store.readEventBatches({ plan: planId, afterPosition: position })) {
          for (const e of batch) {
            if (e.event.id === event.id) {
              stored.push(e);
              position = Math.max(position, e.position);
            } else {
              fold([e]);
            }
          }
        }
        const mine = stored.slice(before).find((e) => e.event.id === event.id);
        if (!mine) {
          await reload();
          throw new Error(`event ${event.id} was appended but could not be read back`);
        }
        return { ok: true, event: mine, duplicate: false };
      }),
  };
}
