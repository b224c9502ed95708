import { useMemo, useState } from "react";
import type { PlanList, PlanSummary } from "../api/types";
import { type ApiState, useApi } from "../api/useApi";
import { navigate } from "../router";
import type { Session } from "./useSession";

const PLAN_KEY = "kehoach.plan";

function storedPlan(): string | null {
  try {
    return localStorage.getItem(PLAN_KEY);
  } catch {
    return null;
  }
}

/** The plans the session may read, the chosen one (kept in localStorage) and its summary. */
export interface PlanChoice {
  planList: ApiState<PlanList>;
  plans: PlanList["plans"];
  /** The chosen plan while the store has it, else the first one. */
  planId: string | null;
  plan: ApiState<PlanSummary>;
  choose(planId: string): void;
  statuses: readonly string[];
  statusLabel(status: string): { vi: string; en: string };
}

/** Loads the plan list once the session is known, and the chosen plan's summary with its lifecycle labels. */
export function usePlanChoice(session: Session, path: string): PlanChoice {
  const { me, known, canRead } = session;
  const planList = useApi<PlanList>(
    known && canRead ? `/api/plans?as=${encodeURIComponent(me.account?.id ?? "public")}` : null,
  );
  const [chosenPlan, setChosenPlan] = useState<string | null>(storedPlan);
  const plans = planList.data?.plans ?? [];
  const planId = plans.find((p) => p.plan === chosenPlan)?.plan ?? plans[0]?.plan ?? null;
  const choose = (next: string) => {
    setChosenPlan(next);
    try {
      localStorage.setItem(PLAN_KEY, next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
    // An activity of one plan does not exist in another: go back to the same page's list.
    if (path.startsWith("/hoat-dong/")) navigate("/hoat-dong");
  };
  const plan = useApi<PlanSummary>(planId ? `/api/plans/${encodeURIComponent(planId)}` : null);
  const { statuses, statusLabel } = useMemo(() => {
    const states = plan.data?.states ?? [];
    const labels = new Map([...(plan.data?.wardPartStates ?? []), ...states].map((s) => [s.status, s.label]));
    return {
      statuses: states.map((s) => s.status),
      statusLabel: (status: string) => labels.get(status) ?? { vi: status, en: status },
    };
  }, [plan.data]);
  return { planList, plans, planId, plan, choose, statuses, statusLabel };
}
