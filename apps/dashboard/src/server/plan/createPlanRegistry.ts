import type { Plugin } from "@kehoach/core";
import type { PlanVersion, Store } from "@kehoach/store";
import { createPlanRuntime, type PlanRuntime } from "./createPlanRuntime";
import { pluginsForPlan } from "./pluginsForPlan";

/** The plans a server runs, loaded from the store on first use. */
export interface PlanRegistry {
  /** The runtime of a plan (its latest version), or null when the store has none. */
  get(planId: string): Promise<PlanRuntime | null>;
  /** The latest version of every plan in the store. */
  list(): Promise<PlanVersion[]>;
  /** Drops a cached runtime (after a new plan version was saved). */
  invalidate(planId: string): void;
}

/**
 * Creates a {@link PlanRegistry} over a store. Each plan runs with its own
 * plugin only ({@link pluginsForPlan}): the plugin's lifecycle steps,
 * authorities and anniversary apply to the plans it ships (or whose issuer
 * is one of its units), never to another office's plan.
 */
export function createPlanRegistry(store: Store, plugins: readonly Plugin[] = []): PlanRegistry {
  const loading = new Map<string, Promise<PlanRuntime | null>>();
  return {
    get(planId) {
      let p = loading.get(planId);
      if (!p) {
        p = createPlanRuntime(store, planId, { plugins: (plan) => pluginsForPlan(plan, plugins) });
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
