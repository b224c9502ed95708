import { describe, expect, it } from "vitest";
import { createFoldShape } from "../src/engine/createFoldShape";
import { createPlanEngine } from "../src/engine/createPlanEngine";
import type { PlanEngine } from "../src/engine/PlanEngine";
import { PlanFold } from "../src/engine/PlanFold";
import type { PlanState } from "../src/engine/PlanState";
import { StateHistory } from "../src/engine/StateHistory";
import { asOfCutoff } from "../src/engine/vietnamTime";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";
import { loadYearEvents } from "./loadYear";

const shapes = new WeakMap<PlanEngine, ReturnType<typeof createFoldShape>>();

/** What stateAt promises: a fresh fold of the accepted events dated up to the cutoff, in log order. */
function naiveStateAt(engine: PlanEngine, asOf: string): PlanState {
  const cutoff = asOfCutoff(asOf)!;
  let shape = shapes.get(engine);
  if (!shape) {
    shape = createFoldShape(engine.plan, undefined);
    shapes.set(engine, shape);
  }
  const past = new PlanFold(shape);
  for (const e of engine.events) if (Date.parse(e.at) <= cutoff) past.apply(e);
  return past.state();
}

function view(state: PlanState) {
  return {
    eventCount: state.eventCount,
    lastEventAt: state.lastEventAt,
    activities: state.activities(),
  };
}

function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86_400_000) {
    out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
}

describe("stateAt (checkpoints instead of a replay per call)", () => {
  const events = loadYearEvents();

  it("equals the replay of the events dated up to each day of the year, walking forward and back", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(events);
    const days = daysOf(2024);
    const back = days.filter((_, i) => i % 4 === 0).reverse();
    for (const day of [...days, ...back]) {
      expect(view(engine.stateAt(day)), day).toEqual(view(naiveStateAt(engine, day)));
    }
  });

  it("equals the replay when the log goes back in time (a late report dated earlier)", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    const log = events as { at: string }[];
    // The second half of the year first: later events, then earlier ones (other activities keep their order).
    const half = Math.floor(log.length / 2);
    const r = engine.replay([...log.slice(half), ...log.slice(0, half)]);
    expect(r.accepted).toBeGreaterThan(0);
    for (const day of daysOf(2024).filter((_, i) => i % 7 === 0)) {
      expect(view(engine.stateAt(day)), day).toEqual(view(naiveStateAt(engine, day)));
    }
  });

  it("builds head prefixes from checkpoints in any order of calls", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(events);
    // A history with a checkpoint every 5 events, fed the engine's accepted log.
    const shape = createFoldShape(engine.plan, undefined);
    const live = new PlanFold(shape);
    const history = new StateHistory(shape, 0, 5);
    for (const e of engine.events) {
      live.apply(e);
      history.push(e);
    }
    const days = daysOf(2024);
    const shuffled = days.map((_, i) => days[(i * 97) % days.length]!);
    for (const day of shuffled) {
      const ours = history.stateAt(asOfCutoff(day)!, live);
      expect(view(ours), day).toEqual(view(naiveStateAt(engine, day)));
    }
  });

  it("gives the same immutable value for the same date and never changes a state handed out", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(events.slice(0, 20));
    const before = view(engine.stateAt("2024-06-30"));
    const again = engine.stateAt("2024-06-30");
    engine.replay(events.slice(20));
    expect(view(again)).toEqual(before);
    expect(view(engine.stateAt("2024-06-30"))).toEqual(view(naiveStateAt(engine, "2024-06-30")));
  });
});
