import { type AnyStateMachine, createActor, type EventFromLogic, type SnapshotFrom } from "xstate";

/**
 * xstate's pure `transition(machine, snapshot, event)` without its per-call
 * cost: `transition` builds a fresh inert actor (and evaluates the machine's
 * initial snapshot) on every call; this builds that inert scope once and calls
 * `machine.transition(snapshot, event, scope)`, which is exactly what
 * `transition` does with it. Actions other than `assign` are not executed
 * (the lifecycle machines have none). The result equals `transition(…)[0]`.
 */
export function createPureTransition<M extends AnyStateMachine>(
  machine: M,
): (snapshot: SnapshotFrom<M>, event: EventFromLogic<M>) => SnapshotFrom<M> {
  const self = createActor(machine);
  const scope = {
    self,
    defer: () => {},
    id: "",
    logger: () => {},
    sessionId: "",
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: () => {},
  };
  type Scope = Parameters<M["transition"]>[2];
  return (snapshot, event) =>
    machine.transition(snapshot, event, scope as unknown as Scope) as SnapshotFrom<M>;
}
