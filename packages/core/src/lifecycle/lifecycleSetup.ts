import { assign, setup } from "xstate";
import { checkLifecycleEvent } from "./checkLifecycleEvent";
import type { LifecycleContext } from "./LifecycleContext";
import type { LifecycleMachineEvent } from "./LifecycleMachineEvent";
import { recordLifecycleEvent } from "./recordLifecycleEvent";

/** The shared xstate setup of both lifecycle machines: one guard, one reducer action. */
export const lifecycleSetup = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleMachineEvent,
  },
  guards: {
    valid: ({ context, event }) => checkLifecycleEvent(context, event) === null,
  },
  actions: {
    record: assign(({ context, event }) => recordLifecycleEvent(context, event)),
    recordStep: assign(({ context, event }, params: { step: string }) =>
      recordLifecycleEvent(context, event, params.step),
    ),
  },
});

/** A guarded transition of a lifecycle machine (targetless transitions stay in the state). */
export interface LifecycleTransition {
  target?: string;
  guard: "valid";
  actions: "record" | { type: "recordStep"; params: { step: string } };
}

/** A state node of a lifecycle machine, as the machine builders write it. */
export interface LifecycleStateConfig {
  type?: "final";
  on?: Record<string, LifecycleTransition>;
}

/** A guarded transition to `target` (or staying) that records the event. */
export function step(target?: string): LifecycleTransition {
  return target === undefined
    ? { guard: "valid", actions: "record" }
    : { target, guard: "valid", actions: "record" };
}
