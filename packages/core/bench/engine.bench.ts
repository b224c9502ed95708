// Engine benchmarks (issue 5): replaying 1,000,000 events over 100,000
// activities through the engine vs a bare loop of xstate `transition` over the
// same machine and events; every query on a 10,000-activity plan; memory per
// activity. Run with `npm run bench -- core` (or `npm run bench` in this package).
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
import type { Activity } from "../src/model/Activity";
import { type PlanEvent, PlanEventSchema } from "../src/model/Event";
import { type Plan, PlanSchema } from "../src/model/Plan";
import { queryPlanStatus } from "../src/queries/queryPlanStatus";
import { thanhXuanPlan } from "../test/fixtures/thanhXuanPlan";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const LEAD = "phong-lao-dong-thuong-binh-xa-hoi";
const ISSUER = "ubnd-quan-thanh-xuan";
const template = thanhXuanPlan.activities.find((a) => a.code === "4.2")!;

function syntheticPlan(n: number): Plan {
  const activities: Activity[] = [];
  for (let i = 0; i < n; i++) {
    const month = (i % 12) + 1;
    const end = new Date(Date.UTC(2024, month, 0)).toISOString().slice(0, 10);
    activities.push({
      ...template,
      id: `a${i}`,
      code: `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`,
      parent: null,
      time: {
        text: `Tháng ${month}/2024`,
        period: {
          ...template.time.period!,
          text: `Tháng ${month}/2024`,
          start: `2024-${String(month).padStart(2, "0")}-01`,
          end,
        },
      },
    });
  }
  return PlanSchema.parse({ ...thanhXuanPlan, activities });
}

const at = (day: number) =>
  new Date(Date.UTC(2024, 0, 1, 2) + day * 3_600_000).toISOString().replace("Z", "+00:00");
const report$ = { results: { district: { text: "Hoàn thành", achieved: [{ target: 0, quantity: 55 }] } } };
const decision = {
  kind: "decision",
  number: "1",
  symbol: "QĐ-UBND",
  date: "2024-12-18",
  month: null,
  issuer: null,
  subject: null,
  text: "Quyết định số 1/QĐ-UBND",
};

/** Ten events per activity: START, 5 × PROGRESS, REPORT, RETURN, REPORT, REWARD. */
function syntheticEvents(n: number): PlanEvent[] {
  const out: PlanEvent[] = [];
  const script: [string, string, Record<string, unknown>][] = [
    ["START", LEAD, {}],
    ["PROGRESS", LEAD, { percent: 10 }],
    ["PROGRESS", LEAD, { percent: 30, achieved: [{ target: 0, quantity: 10 }] }],
    ["PROGRESS", LEAD, { percent: 50 }],
    ["PROGRESS", LEAD, { percent: 70, difficulties: ["Thiếu kinh phí"] }],
    ["PROGRESS", LEAD, { percent: 90 }],
    ["REPORT", LEAD, report$],
    ["RETURN", ISSUER, { reason: "Bổ sung số liệu" }],
    ["REPORT", LEAD, report$],
    [
      "REWARD",
      ISSUER,
      { decision, form: "Giấy khen", recipients: [{ kind: "collective", name: "Phòng LĐ-TBXH" }] },
    ],
  ];
  script.forEach(([type, unit, payload], step) => {
    for (let i = 0; i < n; i++) {
      out.push({
        id: `e${step}-${i}`,
        activity: `a${i}`,
        type,
        by: { unit },
        at: at(step),
        payload,
        machineVersion: "1",
      });
    }
  });
  return out;
}

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

// 2. Every query on a 10,000-activity plan.
{
  const N = 10_000;
  const plan = syntheticPlan(N);
  const engine = createPlanEngine(plan);
  engine.replay(JSON.parse(JSON.stringify(syntheticEvents(N).filter((_, i) => i % 3 !== 0))) as unknown[]);
  const state = engine.state();
  const ms = await timeMs(() => queryPlanStatus(plan, state, { asOf: "2024-10-10" }), 7);
  let cpuMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    queryPlanStatus(plan, state, { asOf: "2024-10-10" });
    const used = process.cpuUsage(before);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  report({
    package: "core",
    benchmark: "every query, 10,000-activity plan",
    ours: ms,
    unit: "ms",
    target: "< 50 ms",
    note: `queryPlanStatus (rows, classes, sections, by lead/coordinator/ward/month, due within, targets): best wall ${ms.toFixed(1)} ms, best CPU ${cpuMs.toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
  });
}
