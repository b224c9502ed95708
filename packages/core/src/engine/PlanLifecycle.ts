import type { BilingualMessage } from "../errors/createDiagnostic";
import {
  type ActivityStatus,
  activityStateLabels,
  coreActivityStatuses,
  isCoreActivityStatus,
} from "../lifecycle/activityStatus";
import type { ActivityMachine } from "../lifecycle/createActivityMachine";
import type { LifecycleExtension, LifecycleStep } from "../lifecycle/LifecycleExtension";
import type { LifecycleRoles } from "../lifecycle/LifecycleRoles";
import { wardPartMachine } from "../lifecycle/wardPartMachine";
import type { FoldEntry } from "./PlanFold";
import type { ActivityState } from "./PlanState";

/** One state of a plan's activity lifecycle, in order. */
export interface LifecycleState {
  status: ActivityStatus;
  label: BilingualMessage;
  /** Nothing is accepted after a final state (rewarded, cancelled). */
  final: boolean;
  /** The plugin step that adds this state, or null for a core state. */
  step: LifecycleStep | null;
  /** The events this state accepts, in {@link PlanLifecycle.eventOrder}. */
  accepts: readonly string[];
}

/** An action a unit may take now on an activity or one of its ward parts. */
export interface AllowedAction {
  /** A core event type ("START", "REPORT", …) or a plugin step's event ("APPROVE"). */
  type: string;
  /** The ward part the action is for, or null for the activity itself. */
  ward: string | null;
  /** A plugin step's label (a form's title); absent for core events. */
  label?: BilingualMessage;
}

/**
 * The lifecycle vocabulary of one plan, as its engine runs it: the states in
 * order (plugin steps after the state they follow), their one bilingual label,
 * the events each accepts, and who may send them. UIs, reports and commands
 * read it here instead of restating the machine.
 */
export interface PlanLifecycle {
  /** Every state in lifecycle order. */
  readonly states: readonly LifecycleState[];
  /** The states of a ward's part, in order. */
  readonly wardPartStates: readonly LifecycleState[];
  /** Every event type, in the order UIs offer them (core forward events, plugin steps, then overseer events). */
  readonly eventOrder: readonly string[];
  /** The label of a state (a core one or a plugin step's); the state's name when it is unknown. */
  label(status: string): BilingualMessage;
  /** The events a state accepts (empty for final or unknown states). */
  accepts(status: string): readonly string[];
  /**
   * The actions `actor` (a unit id) may take on an activity in `state`, by the
   * engine's own roles: leads start, record progress and report; the issuer
   * (and a plugin's authorities) return, reward, cancel and extend; a plugin
   * step's event goes to the units the step allows; a ward's People's
   * Committee acts on its ward part; leads and the issuer return a ward part's
   * report. A hint for UIs: the engine's guards still decide.
   */
  allowedActions(state: ActivityState, actor: string | null): AllowedAction[];
}

const leadEvents = new Set(["START", "PROGRESS", "REPORT"]);

function may(roles: LifecycleRoles, event: string, actor: string): boolean {
  if (leadEvents.has(event)) return roles.openActors || roles.actors.includes(actor);
  return roles.overseers[event]?.includes(actor) ?? false;
}

function orderStates(steps: readonly LifecycleStep[]): string[] {
  const order: string[] = [...coreActivityStatuses];
  for (const s of steps) order.splice(order.indexOf(s.after) + 1, 0, s.state);
  return order;
}

/** Builds the lifecycle vocabulary of a machine and its plan's roles. */
export function createPlanLifecycle(
  machine: ActivityMachine,
  extension: LifecycleExtension | undefined,
  entries: ReadonlyMap<string, FoldEntry>,
): PlanLifecycle {
  const steps = extension?.steps ?? [];
  const eventOrder = [
    "START",
    "PROGRESS",
    "REPORT",
    ...steps.map((s) => s.event),
    "RETURN",
    "REWARD",
    "EXTEND",
    "CANCEL",
  ];
  const byOrder = (events: readonly string[]) => eventOrder.filter((e) => events.includes(e));
  const stepOf = new Map(steps.map((s) => [s.state, s]));
  const eventStep = new Map(steps.map((s) => [s.event, s]));
  const label = (status: string): BilingualMessage =>
    isCoreActivityStatus(status)
      ? activityStateLabels[status]
      : (stepOf.get(status)?.label ?? { vi: status, en: status });
  const describe = (m: ActivityMachine, status: string): LifecycleState => {
    const node = m.root.states[status];
    return {
      status,
      label: label(status),
      final: node?.type === "final",
      step: stepOf.get(status) ?? null,
      accepts: byOrder(node?.ownEvents ?? []),
    };
  };
  const states = orderStates(steps).map((s) => describe(machine, s));
  const wardPartStates = Object.keys(wardPartMachine.root.states).map((s) => describe(wardPartMachine, s));
  const accepts = (status: string) => states.find((s) => s.status === status)?.accepts ?? [];
  const wardAccepts = (status: string) => wardPartStates.find((s) => s.status === status)?.accepts ?? [];

  return {
    states,
    wardPartStates,
    eventOrder,
    label,
    accepts,
    allowedActions(state, actor) {
      const entry = entries.get(state.id);
      if (!actor || !entry) return [];
      const out: AllowedAction[] = accepts(state.status)
        .filter((type) => may(entry.roles, type, actor))
        .map((type) => {
          const step = eventStep.get(type);
          return { type, ward: null, ...(step ? { label: step.label } : {}) };
        });
      if (states.find((s) => s.status === state.status)?.final) return out;
      for (const part of state.wardParts) {
        const roles = entry.wardRoles.get(part.ward);
        if (!roles) continue;
        for (const type of wardAccepts(part.status)) {
          if (may(roles, type, actor)) out.push({ type, ward: part.ward });
        }
      }
      return out;
    },
  };
}
