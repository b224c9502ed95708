// Engine benchmarks (issue 5): replaying 1,000,000 events over 100,000
// activities through the engine vs a bare loop of xstate `transition` over the
// same machine and events; memory per activity. The queries have their own
// file (all-queries.bench.ts), run first on a fresh heap. Run with
// `npm run bench -- core` (or `npm run bench` in this package).
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { initialTransition, type SnapshotFrom, transition } from "xstate";
import { report, timeMs } from "../../../scripts/bench-kit.ts";
import { createLifecycleRoles } from "../src/engine/createLifecycleRoles";
import { createPlanEngine } from "../src/engine/createPlanEngine";
import { activityMachine } from "../src/lifecycle/createActivityMachine";
import { createPureTransition } from "../src/lifecycle/createPureTransition";
import type { LifecycleMachineEvent } from "../src/lifecycle/LifecycleMachineEvent";
import { PlanEventSchema } from "../src/model/Event";
import { syntheticEvents, syntheticPlan } from "./synthetic";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// 1. Replay: engine vs bare transition loop.
{
  const N = 100_000;
  const plan = syntheticPlan(N);
  const events = syntheticEvents(N);
  const raw = JSON.parse(JSON.stringify(events)) as unknown[];

  // The baseline gets the same machine and the same events, already validated
  // and with their roles attached: only the xstate fold.
  const roles = new Map(plan.activities.map((a) => [a.id, createLifecycleRoles(plan, a, undefined).roles]));
  const machineEvents: LifecycleMachineEvent[] = PlanEventSchema.array()
    .parse(raw)
    .map((e) => ({
      type: e.type,
      event: e,
      roles: roles.get(e.activity)!,
      wardsReported: [],
      parentClosed: false,
    }));
  type Snap = SnapshotFrom<typeof activityMachine>;
  const step = createPureTransition(activityMachine);
  const fold = (next: (current: Snap, m: LifecycleMachineEvent) => Snap): number => {
    const initial = initialTransition(activityMachine)[0];
    const snaps = new Map<string, Snap>();
    for (const m of machineEvents) {
      const current = snaps.get(m.event.activity) ?? initial;
      const after = next(current, m);
      if (after !== current) snaps.set(m.event.activity, after);
    }
    return [...snaps.values()].filter((s) => s.value === "rewarded").length;
  };
  let counts = [0, 0, 0];
  const engineMs = await timeMs(() => {
    const engine = createPlanEngine(plan);
    const r = engine.replay(raw);
    counts[0] = r.state.activities().filter((a) => a.status === "rewarded").length;
  }, 2);
  const pureMs = await timeMs(() => {
    counts[1] = fold(step);
  }, 2);
  // xstate's exported `transition()` builds a fresh inert actor per call: one run is enough.
  const transitionMs = await timeMs(() => {
    counts[2] = fold((current, m) => transition(activityMachine, current, m)[0]);
  }, 1);
  if (counts.some((c) => c !== N))
    throw new Error(`bench: rewarded counts ${counts.join("/")}, expected ${N}`);
  counts = [];
  report({
    package: "core",
    benchmark: "replay 1M events / 100k activities vs transition()",
    ours: (events.length / engineMs) * 1000,
    baseline: (events.length / transitionMs) * 1000,
    baselineName: "bare loop of xstate transition()",
    unit: "events/s",
    ratio: engineMs / transitionMs,
    target: "≤ 1.25× (overhead ≤ 25%)",
    note: `time ratio engine/baseline; engine ${engineMs.toFixed(0)} ms, transition() loop ${transitionMs.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
  });
  report({
    package: "core",
    benchmark: "replay 1M events / 100k activities vs pure fold",
    ours: (events.length / engineMs) * 1000,
    baseline: (events.length / pureMs) * 1000,
    baselineName: "bare loop of machine.transition (one inert scope)",
    unit: "events/s",
    ratio: engineMs / pureMs,
    target: "≤ 1.25× (overhead ≤ 25%)",
    note: `time ratio engine/baseline; the engine adds zod envelope validation, duplicate ids, ward checks, the log; pure fold ${pureMs.toFixed(0)} ms`,
  });

  // Memory per activity, with every activity at the end of its lifecycle.
  gc();
  const before = process.memoryUsage().heapUsed;
  const engine = createPlanEngine(plan);
  engine.replay(raw);
  gc();
  const after = process.memoryUsage().heapUsed;
  report({
    package: "core",
    benchmark: "engine memory per activity (10 events each, log kept)",
    ours: (after - before) / N / 1024,
    unit: "KiB/activity",
    note: "heap growth after replaying 1M events over 100k activities, including the accepted-event log",
  });
  if (engine.events.length !== events.length) throw new Error("bench: events lost");
}
