import { createKehoach, type Plugin } from "@kehoach/core";
import { openPlanRuntime, type PlanVersion, type Store, type StorePlanRuntime } from "@kehoach/store";

/** The plans a server runs, loaded from the store on first use. */
export interface PlanRegistry {
  /** The runtime of a plan (its latest version), or null when the store has none. */
  get(planId: string): Promise<StorePlanRuntime | null>;
  /** The latest version of every plan in the store. */
  list(): Promise<PlanVersion[]>;
  /** Drops a cached runtime (after a new plan version was saved). */
  invalidate(planId: string): void;
}

/**
 * Creates a {@link PlanRegistry} over a store: each plan runs through the
 * store's `openPlanRuntime` with its own plugins among `plugins` (those it
 * names; for a plan that names none, the plugin that ships it or owns its
 * issuer: core's `selectPlanPlugins`), never another office's approval step.
 */
export function createPlanRegistry(store: Store, plugins: readonly Plugin[] = []): PlanRegistry {
  const kehoach = createKehoach({ plugins: [...plugins] });
  const loading = new Map<string, Promise<StorePlanRuntime | null>>();
  return {
    get(planId) {
      let p = loading.get(planId);
      if (!p) {
        p = openPlanRuntime(store, planId, kehoach);
        loading.set(planId, p);
        p.then(
          (r) => {
            if (r === null) loading.delete(planId);
          },
          () => loading.delete(planId),
        );
      }
      // A live runtime (PostgreSQL LISTEN/NOTIFY) is told of other processes' events as they commit; others read
      // them here, on each request.
      return p.then(async (r) => {
        if (r && !r.live) await r.sync();
        return r;
      });
    },
    list: () => store.listPlans(),
    invalidate(planId) {
      const p = loading.get(planId);
      loading.delete(planId);
      p?.then((r) => r?.close()).catch(() => undefined);
    },
  };
}
