import { type ActivityState, leadUnitIds, type Plan } from "@kehoach/core";

/** An action the signed-in user may offer on an activity or one of its ward parts. */
export interface AllowedAction {
  type: "START" | "PROGRESS" | "REPORT" | "RETURN" | "REWARD" | "CANCEL" | "EXTEND";
  /** The ward part the action is for, or null for the activity itself. */
  ward: string | null;
}

const closed = new Set(["rewarded", "cancelled"]);

/**
 * The lifecycle actions a unit may take on an activity now, as a hint for the
 * UI (the engine's guards still decide on the server): leads start, record
 * progress and report; the issuer returns, rewards, cancels and extends; a
 * ward's People's Committee acts on its ward part; leads may return a ward
 * part's report.
 */
export function allowedActions(plan: Plan, state: ActivityState, actor: string | null): AllowedAction[] {
  if (!actor) return [];
  const activity = plan.activities.find((a) => a.id === state.id);
  if (!activity) return [];
  const leads = leadUnitIds(activity);
  const isLead = leads.length === 0 || leads.includes(actor);
  const isIssuer = plan.issuer.unitId !== null && plan.issuer.unitId === actor;
  const out: AllowedAction[] = [];
  const add = (type: AllowedAction["type"], ward: string | null = null) => out.push({ type, ward });
  const s = state.status;
  if (isLead && s === "planned") add("START");
  if (isLead && s === "inProgress") {
    add("PROGRESS");
    add("REPORT");
  }
  if (isIssuer && s === "reported") {
    add("RETURN");
    add("REWARD");
  }
  if (isIssuer && !closed.has(s)) {
    add("EXTEND");
    add("CANCEL");
  }
  if (closed.has(s)) return out;
  for (const part of state.wardParts) {
    const mine = actor === `ubnd-phuong-${part.ward}`;
    if (mine && part.status === "planned") add("START", part.ward);
    if (mine && part.status === "inProgress") {
      add("PROGRESS", part.ward);
      add("REPORT", part.ward);
    }
    if ((isLead || isIssuer) && part.status === "reported") add("RETURN", part.ward);
  }
  return out;
}
