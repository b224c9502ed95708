import type { EnginePlugin } from "@kehoach/core";
import type { PlanVersion, Store } from "@kehoach/store";
import { createPlanRuntime, type PlanRuntime } from "./createPlanRuntime";

/** The plans a server runs, loaded from the store on first use. */
export interface PlanRegistry {
  /** The runtime of a plan (its latest version), or null when the store has none. */
  get(planId: string): Promise<PlanRuntime | null>;
  /** The latest version of every plan in the store. */
  list(): Promise<PlanVersion[]>;
  /** Drops a cached runtime (after a new plan version was saved). */
  invalidate(planId: string): void;
}

/** Creates a {@link PlanRegistry} over a store; plugins' lifecycle extensions apply to every plan. */
export function createPlanRegistry(store: Store, plugins: readonly EnginePlugin[] = []): PlanRegistry {
  const loading = new Map<string, Promise<PlanRuntime | null>>();
  return {
    get(planId) {
      let p = loading.get(planId);
      if (!p) {
        p = createPlanRuntime(store, planId, { plugins });
        loading.set(planId, p);
        p.then(
          (r) => {
            if (r === null) loading.delete(planId);
          },
          () => loading.delete(planId),
        );
      }
      return p.then(async (r) => {
        await r?.sync();
        return r;
      });
    },
    list: () => store.listPlans(),
    invalidate(planId) {
      loading.delete(planId);
    },
  };
}
