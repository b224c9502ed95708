import { PlanEngineError } from "@kehoach/core";
import type { StorePlanRuntime as PlanRuntime } from "@kehoach/store";
import { ApiError } from "../http/ApiError";
import type { PlanRegistry } from "./createPlanRegistry";

/** Where the plan routes find plans. */
export interface PlanLookupOptions {
  plans: PlanRegistry;
  /** Why no plan is loaded yet (shown with the 503 of an empty store), or null. */
  seedProblem?: () => { vi: string; en: string } | null;
}

/**
 * A plan's runtime by id, or the API error a client should see: 404 for an
 * unknown id, 503 with the seed problem while the store holds no plan, 500
 * with the first diagnostic when the stored plan no longer loads.
 */
export function planLookup(options: PlanLookupOptions): (planId: string) => Promise<PlanRuntime> {
  return async (planId) => {
    let r: PlanRuntime | null;
    try {
      r = await options.plans.get(planId);
    } catch (error) {
      if (!(error instanceof PlanEngineError)) throw error;
      const [first] = error.diagnostics;
      throw new ApiError(500, first?.code ?? "plan.invalid", { vi: first?.vi ?? "", en: first?.en ?? "" });
    }
    if (r) return r;
    const list = await options.plans.list();
    const problem = options.seedProblem?.() ?? null;
    if (list.length === 0 && problem) throw new ApiError(503, "plan.not-loaded", problem);
    throw new ApiError(404, "plan.not-found", {
      vi: `không có kế hoạch "${planId}"`,
      en: `no plan "${planId}"`,
    });
  };
}
