import { describe, expect, it } from "vitest";
import { createPlanEngine } from "../src/engine/createPlanEngine";
import { queryPlanStatus } from "../src/queries/queryPlanStatus";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";
import { loadYearEvents } from "./loadYear";

const engine = createPlanEngine(thanhXuanPlan);
const replayed = engine.replay(loadYearEvents());

function table(asOf: string): Record<string, string> {
  const status = queryPlanStatus(thanhXuanPlan, engine.stateAt(asOf), { asOf });
  return Object.fromEntries(
    status.activities
      .filter((a) => a.table === 0 && !a.isSection)
      .map((a) => [a.code, `${a.status} ${a.class}`]),
  );
}

describe("the seed plan through 2024 (fixtures/thanh-xuan-70/events-2024.jsonl)", () => {
  it("accepts every event of the year", () => {
    expect(replayed.rejected).toEqual([]);
    expect(replayed.accepted).toBe(56);
  });

  it("as of 2024-06-30: spring starts, 3.1's district round reported early", () => {
    expect(table("2024-06-30")).toEqual({
      "1": "inProgress in-progress-on-time",
      "2.1": "inProgress in-progress-on-time",
      "2.2": "inProgress no-deadline",
      "3.1": "reported completed-on-time",
      "3.2": "inProgress in-progress-on-time",
      "3.3": "planned in-progress-on-time",
      "3.4": "planned in-progress-on-time",
      "3.5": "planned in-progress-on-time",
      "3.6": "planned in-progress-on-time",
      "4.1": "inProgress in-progress-on-time",
      "4.2": "inProgress in-progress-on-time",
      "4.3": "planned in-progress-on-time",
      "4.4": "inProgress in-progress-on-time",
      "5.1": "planned in-progress-on-time",
      "5.2": "inProgress no-deadline",
      "5.3": "inProgress in-progress-on-time",
      "5.5": "planned in-progress-on-time",
    });
    const status = queryPlanStatus(thanhXuanPlan, engine.stateAt("2024-06-30"), { asOf: "2024-06-30" });
    expect(status.total).toBe(26);
    expect(status.classes["completed-on-time"]).toEqual({ count: 1, percent: 3.8 });
    // Table 2's time column is one merged cell, "Trong năm 2024", which every row inherits; 2.2 and 5.2 are relative.
    expect(status.classes["no-deadline"].count).toBe(2);
    const t42 = status.targets.targets.filter((t) => t.code === "4.2").map((t) => [t.planned, t.achieved]);
    expect(t42).toEqual([
      [55, 30],
      [17, 10],
    ]);
    const w22 = status.activities.find((a) => a.code === "2.2")!.wardParts;
    expect(w22).toHaveLength(11);
    expect(w22.find((w) => w.ward === "ha-dinh")).toEqual({
      ward: "ha-dinh",
      status: "inProgress",
      progress: 40,
    });
  });

  it("as of 2024-10-10: autumn reports, a ward part and 4.2 returned, 3.3 reported late", () => {
    expect(table("2024-10-10")).toMatchObject({
      "2.2": "reported completed-on-time",
      "3.2": "reported completed-on-time",
      "3.3": "reported completed-late",
      "3.6": "inProgress in-progress-on-time",
      "4.1": "inProgress in-progress-on-time",
      "4.2": "inProgress in-progress-on-time",
      "4.3": "reported completed-on-time",
      "5.1": "inProgress in-progress-on-time",
    });
    const status = queryPlanStatus(thanhXuanPlan, engine.stateAt("2024-10-10"), { asOf: "2024-10-10" });
    const row42 = status.activities.find((a) => a.code === "4.2")!;
    expect(row42.returns).toBe(1);
    const state = engine.stateAt("2024-10-10").activity("t1-2.2")!;
    expect(state.wardParts.find((w) => w.ward === "thuong-dinh")!.context.returns).toHaveLength(1);
    expect(status.classes["completed-late"].count).toBe(1);
    expect(status.dueWithin.activities.map((a) => a.code)).toEqual([]);
    expect(
      queryPlanStatus(thanhXuanPlan, engine.stateAt("2024-10-10"), {
        asOf: "2024-10-10",
        dueWithinDays: 30,
      }).dueWithin.activities.map((a) => a.code),
    ).toEqual(["4.1", "4.2"]);
  });

  it("as of 2024-12-31: rewards in December, 4.4 extended once, 4.1 overdue", () => {
    expect(table("2024-12-31")).toEqual({
      "1": "reported completed-on-time",
      "2.1": "reported completed-on-time",
      "2.2": "rewarded completed-on-time",
      "3.1": "rewarded completed-on-time",
      "3.2": "reported completed-on-time",
      "3.3": "reported completed-late",
      "3.4": "planned in-progress-on-time",
      "3.5": "planned in-progress-on-time",
      "3.6": "inProgress in-progress-on-time",
      "4.1": "inProgress in-progress-overdue",
      "4.2": "rewarded completed-on-time",
      "4.3": "reported completed-on-time",
      "4.4": "reported completed-on-time",
      "5.1": "inProgress in-progress-on-time",
      "5.2": "inProgress no-deadline",
      "5.3": "inProgress in-progress-on-time",
      "5.5": "planned in-progress-on-time",
    });
    const status = queryPlanStatus(thanhXuanPlan, engine.stateAt("2024-12-31"), { asOf: "2024-12-31" });
    const row44 = status.activities.find((a) => a.code === "4.4")!;
    expect([row44.deadline, row44.originalDeadline, row44.extensions]).toEqual([
      "2024-12-15",
      "2024-11-30",
      1,
    ]);
    expect(status.overdue).toBe(1);
    expect(status.byMonth.find((m) => m.month === "2024-12")!.completed.sort()).toEqual(["1", "2.1", "4.4"]);
    expect(status.targets.totals.find((t) => t.noun === "gia đình chính sách")).toEqual({
      noun: "gia đình chính sách",
      planned: 55,
      achieved: 55,
    });
    const lead = status.byLead.find((u) => u.unit === "phong-lao-dong-thuong-binh-xa-hoi")!;
    expect(lead.activities).toBe(3);
    expect(lead.classes["in-progress-overdue"]).toBe(1);
  });

  it("the final state equals the state as of the year's end, and diff names the December changes", () => {
    expect(engine.stateAt("2024-12-31").eventCount).toBe(engine.state().eventCount);
    const diff = engine.diff("2024-11-30", "2024-12-31");
    expect(diff.counts).toEqual({ REPORT: 3, REWARD: 3 });
    expect(diff.changes.filter((c) => c.ward === null).map((c) => `${c.code}:${c.from}>${c.to}`)).toEqual([
      "1:inProgress>reported",
      "2.1:inProgress>reported",
      "2.2:reported>rewarded",
      "3.1:reported>rewarded",
      "4.2:reported>rewarded",
      "4.4:inProgress>reported",
    ]);
  });
});
