// stateAt over a year of days (issue 15): a 10,000-activity plan whose 100,000
// events are spread over 2024, asked for its state as of every day of the year,
// beside the full replay it replaces (a fresh fold of every event dated up to
// the day, per call: what `stateAt` did before checkpoints). Both sides fold
// with the same machine, shape and events; they must give the same states.
import { loadavg } from "node:os";
import { report } from "../../../scripts/bench-kit.ts";
import { createFoldShape } from "../src/engine/createFoldShape";
import { createPlanEngine } from "../src/engine/createPlanEngine";
import { PlanFold } from "../src/engine/PlanFold";
import type { PlanState } from "../src/engine/PlanState";
import { asOfCutoff } from "../src/engine/vietnamTime";
import { syntheticEvents, syntheticPlan } from "./synthetic";

const N = 10_000;
const plan = syntheticPlan(N);
const raw = syntheticEvents(N);
// Spread over the year in log order (each activity's events keep their order).
const start = Date.parse("2024-01-01T08:00:00+07:00");
const span = 365 * 86_400_000 - 3_600_000 * 12;
const events = raw.map((e, i) => ({
  ...e,
  at: new Date(start + Math.floor((i / raw.length) * span)).toISOString().replace("Z", "+00:00"),
}));
const engine = createPlanEngine(plan);
const replayed = engine.replay(events);
if (replayed.rejected.length > 0) throw new Error(`${replayed.rejected.length} events rejected`);

const days: string[] = [];
for (let d = Date.UTC(2024, 0, 1); d < Date.UTC(2025, 0, 1); d += 86_400_000) {
  days.push(new Date(d).toISOString().slice(0, 10));
}

const shape = createFoldShape(engine.plan, undefined);
const log = engine.events;
const fullReplay = (day: string): PlanState => {
  const cutoff = asOfCutoff(day)!;
  const past = new PlanFold(shape);
  for (const e of log) if (Date.parse(e.at) <= cutoff) past.apply(e);
  return past.state();
};

const t0 = performance.now();
const ours = days.map((d) => engine.stateAt(d));
const oursMs = performance.now() - t0;

// The baseline over every 10th day (its time per day × 365): every day would take minutes.
const sample = days.filter((_, i) => i % 10 === 5);
const t1 = performance.now();
const theirs = sample.map(fullReplay);
const sampleMs = performance.now() - t1;
const baselineMs = (sampleMs / sample.length) * days.length;

sample.forEach((day, i) => {
  const a = ours[days.indexOf(day)]!;
  const b = theirs[i]!;
  if (a.eventCount !== b.eventCount || a.activity("a7")?.status !== b.activity("a7")?.status) {
    throw new Error(`stateAt(${day}) differs from the full replay`);
  }
});

report({
  package: "core",
  benchmark: "stateAt for every day of a year, 10,000 activities, 100,000 events",
  ours: oursMs,
  baseline: baselineMs,
  baselineName: "a full replay of the events up to each day",
  unit: "ms",
  ratio: baselineMs / oursMs,
  note: `ratio = replay time / ours; ours over all ${days.length} days (${(oursMs / days.length).toFixed(2)} ms a day), the replay over ${sample.length} of them (${(sampleMs / sample.length).toFixed(0)} ms a day) × ${days.length}; same states checked; load average ${loadavg()[0]!.toFixed(1)}`,
});
