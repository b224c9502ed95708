import { initialTransition } from "xstate";
import { createActivityMachine } from "../lifecycle/createActivityMachine";
import { createPureTransition } from "../lifecycle/createPureTransition";
import type { LifecycleExtension } from "../lifecycle/LifecycleExtension";
import { wardPartMachine } from "../lifecycle/wardPartMachine";
import type { Plan } from "../model/Plan";
import { createLifecycleRoles } from "./createLifecycleRoles";
import type { FoldEntry, FoldShape } from "./PlanFold";

/** The immutable facts an engine folds with: the plan, its machines and every activity's roles. */
export function createFoldShape(plan: Plan, extension: LifecycleExtension | undefined): FoldShape {
  const machine = createActivityMachine(extension);
  const entries = new Map<string, FoldEntry>();
  for (const activity of plan.activities) {
    const { roles, wardRoles } = createLifecycleRoles(plan, activity, extension);
    entries.set(activity.id, { roles, wardRoles, wards: roles.wards });
  }
  return {
    plan,
    machine,
    machineVersion: machine.version ?? "1",
    initial: initialTransition(machine)[0],
    wardInitial: initialTransition(wardPartMachine)[0],
    entries,
    step: createPureTransition(machine),
    wardStep: createPureTransition(wardPartMachine),
  };
}
