import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { createLifecycleRoles } from "../src/engine/createLifecycleRoles";
import { createPlanEngine } from "../src/engine/createPlanEngine";
import type { LifecycleExtension } from "../src/lifecycle/LifecycleExtension";
import type { LifecycleMachineEvent } from "../src/lifecycle/LifecycleMachineEvent";
import type { PlanEvent } from "../src/model/Event";
import { ISSUER, LD, reportPayload, rewardPayload, TT } from "./events";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";

const approval: LifecycleExtension = {
  steps: [
    {
      state: "approved",
      after: "reported",
      event: "APPROVE",
      allowed: ["issuer"],
      label: { vi: "Đã duyệt", en: "Approved" },
    },
  ],
};

const activities = ["t1-4.2", "t1-4.2", "t1-4.4", "t1-4.4", "t1-5.5", "t1-2.2", "t1-2.2", "t1-2.2", "t1-9.9"];
const wardChoices = ["ha-dinh", "kim-giang", "ha-dinh", "kim-giang", "hang-bai"];
const otherWards = thanhXuanPlan.wards.map((w) => w.id).filter((w) => w !== "ha-dinh" && w !== "kim-giang");
const units = [LD, TT, ISSUER, "ubnd-phuong-ha-dinh", "ubnd-phuong-kim-giang", "phong-noi-vu"];
// The first payload of each type is valid (for 2.2's REPORT: once Hạ Đình and Kim Giang reported); the others are not.
const payloads: Record<string, unknown[]> = {
  START: [{}, { note: "bắt đầu" }],
  PROGRESS: [{ percent: 40 }, { achieved: [{ target: 0, quantity: 3 }] }, {}, { percent: 200 }],
  REPORT: [
    { ...reportPayload, missingWards: otherWards },
    { results: { ward: { text: "xong" } } },
    {},
    { ...reportPayload, missingWards: ["kim-giang"] },
  ],
  RETURN: [{ reason: "bổ sung" }, {}],
  REWARD: [rewardPayload, { ...rewardPayload, recipients: [] }],
  CANCEL: [{ reason: "hủy" }],
  EXTEND: [
    { deadline: "2024-12-20", reason: "mưa" },
    { deadline: "2024-01-02", reason: "sớm" },
  ],
  APPROVE: [{}],
};
const types = Object.keys(payloads);
/** The usual path of an activity and of a ward part; generated events mostly follow it. */
const activityPath = [
  "START",
  "PROGRESS",
  "EXTEND",
  "REPORT",
  "RETURN",
  "REPORT",
  "APPROVE",
  "REWARD",
  "CANCEL",
];
const wardPath = ["START", "PROGRESS", "REPORT", "RETURN", "REPORT"];

/** The unit that may send `type` for this activity or ward part (what a real office would send). */
function rightUnit(activity: string, ward: string | undefined, type: string): string {
  if (["RETURN", "REWARD", "CANCEL", "EXTEND", "APPROVE"].includes(type)) return ISSUER;
  if (ward !== undefined) return `ubnd-phuong-${ward}`;
  return activity === "t1-2.2" ? TT : LD;
}

const stepArb = fc.record({
  id: fc.integer({ min: 0, max: 400 }),
  activity: fc.constantFrom(...activities),
  ward: fc.option(fc.constantFrom(...wardChoices), { freq: 2 }),
  type: fc.constantFrom(...types),
  right: fc.integer({ min: 0, max: 9 }),
  unit: fc.constantFrom(...units),
  day: fc.integer({ min: 0, max: 330 }),
  payload: fc.nat(),
});

/** Mostly plausible event sequences (lifecycle order, right units, valid payloads, time going forward) with noise. */
const eventsArb = fc
  .record({
    steps: fc.array(stepArb, { maxLength: 60, size: "max" }),
    sorted: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ steps, sorted }) => {
    const ordered = sorted < 8 ? [...steps].sort((a, b) => a.day - b.day) : steps;
    const position = new Map<string, number>();
    return ordered.map((r) => {
      const plausible = r.right < 8;
      const ward = r.activity === "t1-2.2" || !plausible ? (r.ward ?? undefined) : undefined;
      const key = `${r.activity}/${ward ?? ""}`;
      const path = ward === undefined ? activityPath : wardPath;
      const at = position.get(key) ?? 0;
      const type = plausible && at < path.length ? path[at]! : r.type;
      if (plausible) position.set(key, at + 1);
      const options = payloads[type]!;
      const day = new Date(Date.UTC(2024, 2, 1) + r.day * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `e${r.id}`,
        activity: r.activity,
        ...(ward === undefined ? {} : { ward }),
        type,
        by: { unit: plausible ? rightUnit(r.activity, ward, type) : r.unit },
        at: `${day}T10:00:00+07:00`,
        payload: plausible ? options[0] : options[r.payload % options.length],
      };
    });
  });

const lifecycleArb = fc.constantFrom<LifecycleExtension | undefined>(undefined, approval);

describe("replay equals live (fast-check)", () => {
  it("live application, replay and a snapshot restored midway give the same state", () => {
    fc.assert(
      fc.property(eventsArb, fc.nat(), lifecycleArb, (events, cut, lifecycle) => {
        const live = createPlanEngine(thanhXuanPlan, { lifecycle });
        const split = events.length === 0 ? 0 : cut % (events.length + 1);
        let resumed = live;
        for (let i = 0; i < events.length; i++) {
          const before = live.state();
          const r = live.apply(events[i]);
          if (!r.ok) {
            expect(live.state().eventCount).toBe(before.eventCount);
            expect(live.state().activities()).toEqual(before.activities());
          }
          if (i + 1 === split) {
            resumed = createPlanEngine(thanhXuanPlan, {
              lifecycle,
              snapshot: JSON.parse(JSON.stringify(live.snapshot())) as unknown,
            });
          } else if (i + 1 > split && resumed !== live) {
            resumed.apply(events[i]);
          }
        }
        const replayed = createPlanEngine(thanhXuanPlan, { lifecycle });
        replayed.replay(events);
        expect(replayed.snapshot()).toEqual(live.snapshot());
        expect(resumed.snapshot()).toEqual(live.snapshot());
      }),
      { numRuns: 1000 },
    );
  }, 600_000);

  it("stateAt(date) equals replaying only the events up to that date", () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 330 }), (events, day) => {
        const engine = createPlanEngine(thanhXuanPlan);
        engine.replay(events);
        const asOf = new Date(Date.UTC(2024, 2, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const cutoff = Date.parse(`${asOf}T23:59:59.999+07:00`);
        const fresh = createPlanEngine(thanhXuanPlan);
        const r = fresh.replay(engine.events.filter((e) => Date.parse(e.at) <= cutoff));
        expect(r.rejected).toEqual([]);
        const a = engine.stateAt(asOf);
        const b = fresh.state();
        for (const act of thanhXuanPlan.activities) expect(a.activity(act.id)).toEqual(b.activity(act.id));
      }),
      { numRuns: 1000 },
    );
  }, 600_000);

  it("the engine's pure transitions equal a live xstate actor fed the accepted events", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const engine = createPlanEngine(thanhXuanPlan);
        engine.replay(events);
        for (const id of ["t1-4.2", "t1-4.4", "t1-5.5"]) {
          const activity = thanhXuanPlan.activities.find((a) => a.id === id)!;
          const { roles } = createLifecycleRoles(thanhXuanPlan, activity, undefined);
          const actor = createActor(engine.machine).start();
          for (const e of engine.events.filter((x: PlanEvent) => x.activity === id)) {
            const m: LifecycleMachineEvent = {
              type: e.type,
              event: e,
              roles,
              wardsReported: [],
              parentClosed: false,
            };
            actor.send(m);
          }
          const s = engine.state().activity(id)!;
          expect(actor.getSnapshot().value).toBe(s.status);
          expect(actor.getSnapshot().context).toEqual(s.context);
          actor.stop();
        }
      }),
      { numRuns: 1000 },
    );
  }, 600_000);
});
