// Query benchmark (issue 5): the time to answer every query (queryPlanStatus)
// for a 10,000-activity plan. Named to sort before engine.bench.ts so it runs
// on a fresh heap, not after the 1M-event replay; a GC before each run too.
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { report, timeMs } from "../../../scripts/bench-kit.ts";
import { createPlanEngine } from "../src/engine/createPlanEngine";
import { queryPlanStatus } from "../src/queries/queryPlanStatus";
import { syntheticEvents, syntheticPlan } from "./synthetic";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const N = 10_000;
const plan = syntheticPlan(N);
const engine = createPlanEngine(plan);
// Two events in three: activities end in every state from planned to rewarded.
engine.replay(JSON.parse(JSON.stringify(syntheticEvents(N).filter((_, i) => i % 3 !== 0))) as unknown[]);
const state = engine.state();
const query = () => queryPlanStatus(plan, state, { asOf: "2024-10-10" });
for (let i = 0; i < 3; i++) query(); // warm-up: JIT
let ms = Number.POSITIVE_INFINITY;
let cpuMs = Number.POSITIVE_INFINITY;
const walls: number[] = [];
for (let i = 0; i < 15; i++) {
  gc();
  const before = process.cpuUsage();
  const wall = await timeMs(query, 1);
  const used = process.cpuUsage(before);
  walls.push(wall);
  ms = Math.min(ms, wall);
  cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
}
walls.sort((a, b) => a - b);
const median = walls[Math.floor(walls.length / 2)] ?? ms;
report({
  package: "core",
  benchmark: "every query, 10,000-activity plan",
  ours: ms,
  unit: "ms",
  target: "< 50 ms",
  note: `queryPlanStatus (rows, classes, sections, by lead/coordinator/ward/month, due within, targets): best wall ${ms.toFixed(1)} ms, median wall ${median.toFixed(1)} ms of 15, best CPU ${cpuMs.toFixed(1)} ms; fresh heap, GC before each run; load average ${loadavg()[0]!.toFixed(1)}`,
});
