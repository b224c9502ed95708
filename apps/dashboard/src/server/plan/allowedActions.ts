import {
  type ActivityState,
  type LifecycleAuthority,
  type LifecycleStep,
  leadUnitIds,
  type Plan,
} from "@kehoach/core";

/** A core lifecycle event type the UI has a form for. */
export type CoreActionType = "START" | "PROGRESS" | "REPORT" | "RETURN" | "REWARD" | "CANCEL" | "EXTEND";

/** An action the signed-in user may offer on an activity or one of its ward parts. */
export interface AllowedAction {
  /** A core event type, or a plugin step's event (e.g. "APPROVE"). */
  type: CoreActionType | (string & {});
  /** The ward part the action is for, or null for the activity itself. */
  ward: string | null;
  /** A plugin step's label (the form's title); absent for core events. */
  label?: { vi: string; en: string };
}

/** The plugin lifecycle a plan runs with (see `PlanRuntime`). */
export interface LifecycleHints {
  steps?: readonly LifecycleStep[];
  authorities?: readonly Pick<LifecycleAuthority, "event" | "units">[];
}

const closed = new Set(["rewarded", "cancelled"]);
const forwardCore = ["START", "REPORT", "REWARD"];
const leadEvents = new Set(["START", "PROGRESS", "REPORT"]);

/**
 * The events each status accepts, as the core machine builds them: a plugin
 * step after a state takes over that state's forward event, and the new state
 * accepts what the old one did (docs/lifecycle.md).
 */
export function eventsByStatus(steps: readonly LifecycleStep[] = []): Map<string, string[]> {
  const states = new Map<string, string[]>([
    ["planned", ["START", "EXTEND", "CANCEL"]],
    ["inProgress", ["PROGRESS", "REPORT", "EXTEND", "CANCEL"]],
    ["reported", ["RETURN", "REWARD", "CANCEL"]],
  ]);
  const forward = new Set(forwardCore);
  for (const s of steps) {
    const on = states.get(s.after) ?? [];
    states.set(s.state, [...on]);
    states.set(s.after, [...on.filter((e) => !forward.has(e)), s.event]);
    forward.add(s.event);
  }
  return states;
}

/**
 * The lifecycle actions a unit may take on an activity now, as a hint for the
 * UI (the engine's guards still decide on the server): leads start, record
 * progress and report; the issuer (and a plugin's authorities) return,
 * reward, cancel and extend; a plugin step's event goes to the units the step
 * allows ("issuer", "lead" or unit ids); a ward's People's Committee acts on
 * its ward part; leads may return a ward part's report.
 */
export function allowedActions(
  plan: Plan,
  state: ActivityState,
  actor: string | null,
  lifecycle: LifecycleHints = {},
): AllowedAction[] {
  if (!actor) return [];
  const activity = plan.activities.find((a) => a.id === state.id);
  if (!activity) return [];
  const leads = leadUnitIds(activity);
  const isLead = leads.length === 0 || leads.includes(actor);
  const isIssuer = plan.issuer.unitId !== null && plan.issuer.unitId === actor;
  const steps = lifecycle.steps ?? [];
  const stepOf = new Map(steps.map((s) => [s.event, s]));
  const mayOversee = (event: string) =>
    isIssuer || (lifecycle.authorities ?? []).some((a) => a.event === event && a.units.includes(actor));
  const may = (event: string): boolean => {
    const step = stepOf.get(event);
    if (step) {
      return step.allowed.some((u) => (u === "issuer" ? isIssuer : u === "lead" ? isLead : u === actor));
    }
    return leadEvents.has(event) ? isLead : mayOversee(event);
  };
  const out: AllowedAction[] = [];
  const s = state.status;
  const order = [
    "START",
    "PROGRESS",
    "REPORT",
    ...steps.map((x) => x.event),
    "RETURN",
    "REWARD",
    "EXTEND",
    "CANCEL",
  ];
  const accepted = eventsByStatus(steps).get(s) ?? [];
  for (const type of order) {
    if (!accepted.includes(type) || !may(type) || out.some((a) => a.type === type)) continue;
    const step = stepOf.get(type);
    out.push({ type, ward: null, ...(step ? { label: step.label } : {}) });
  }
  if (closed.has(s)) return out;
  for (const part of state.wardParts) {
    const mine = actor === `ubnd-phuong-${part.ward}`;
    if (mine && part.status === "planned") out.push({ type: "START", ward: part.ward });
    if (mine && part.status === "inProgress") {
      out.push({ type: "PROGRESS", ward: part.ward });
      out.push({ type: "REPORT", ward: part.ward });
    }
    if ((isLead || mayOversee("RETURN")) && part.status === "reported") {
      out.push({ type: "RETURN", ward: part.ward });
    }
  }
  return out;
}
