import { describe, expect, it } from "vitest";
import { ev, ISSUER, LD, reportPayload } from "../../test/events";
import { thanhXuanPlan } from "../../test/fixtures/thanhXuanPlan";
import { createPlanEngine } from "../engine/createPlanEngine";
import type { PlanEventInput } from "../model/Event";
import { activityProgress } from "./activityProgress";
import { classifyActivity } from "./classifyActivity";

const byCode = (code: string) => thanhXuanPlan.activities.find((a) => a.code === code && a.table === 0)!;

function standing(code: string, events: PlanEventInput[], asOf: string) {
  const engine = createPlanEngine(thanhXuanPlan);
  const r = engine.replay(events);
  expect(r.rejected).toEqual([]);
  const activity = byCode(code);
  return classifyActivity(activity, engine.stateAt(asOf).activity(activity.id)!, asOf);
}

const start41 = ev("t1-4.1", "START", LD, "2024-04-05");

describe("classifyActivity", () => {
  it("is within the deadline on the deadline day and overdue the day after", () => {
    expect(standing("4.1", [start41], "2024-10-31")).toMatchObject({
      overdue: false,
      class: "in-progress-on-time",
    });
    expect(standing("4.1", [start41], "2024-11-01")).toMatchObject({
      overdue: true,
      class: "in-progress-overdue",
    });
  });

  it("judges completion by the report's date in Vietnam (UTC+7)", () => {
    const justInTime = {
      ...ev("t1-4.1", "REPORT", LD, "2024-10-31", reportPayload),
      at: "2024-10-31T23:30:00+07:00",
    };
    const justLate = {
      ...ev("t1-4.1", "REPORT", LD, "2024-10-31", reportPayload),
      at: "2024-10-31T17:30:00Z",
    };
    expect(standing("4.1", [start41, justInTime], "2024-12-31")).toMatchObject({
      completedOn: "2024-10-31",
      class: "completed-on-time",
    });
    expect(standing("4.1", [start41, justLate], "2024-12-31")).toMatchObject({
      completedOn: "2024-11-01",
      class: "completed-late",
    });
  });

  it("uses the extended deadline, keeping the original", () => {
    const events = [
      ev("t1-4.4", "START", LD, "2024-04-15"),
      ev("t1-4.4", "EXTEND", ISSUER, "2024-11-20", { deadline: "2024-12-15", reason: "mưa" }),
    ];
    const s = standing("4.4", events, "2024-12-10");
    expect(s.deadline).toEqual({
      current: "2024-12-15",
      original: "2024-11-30",
      extensions: 1,
      previous: "2024-11-30",
    });
    expect(s.class).toBe("in-progress-on-time");
    expect(standing("4.4", events, "2024-12-16").class).toBe("in-progress-overdue");
  });

  it("has no determinable deadline for a relative period until it is done", () => {
    expect(standing("5.2", [], "2024-12-31")).toMatchObject({ overdue: false, class: "no-deadline" });
    const done = [
      ev("t1-5.2", "START", "phong-noi-vu", "2024-05-20"),
      ev("t1-5.2", "REPORT", "phong-noi-vu", "2024-06-20", reportPayload),
    ];
    expect(standing("5.2", done, "2024-12-31").class).toBe("completed-on-time");
  });

  it("classifies a cancelled activity apart, never overdue", () => {
    const s = standing(
      "4.1",
      [start41, ev("t1-4.1", "CANCEL", ISSUER, "2024-06-01", { reason: "gộp với 4.2" })],
      "2024-12-31",
    );
    expect(s).toMatchObject({ overdue: false, class: "cancelled" });
  });

  it("counts a returned report as not completed", () => {
    const events = [
      start41,
      ev("t1-4.1", "REPORT", LD, "2024-10-20", reportPayload),
      ev("t1-4.1", "RETURN", ISSUER, "2024-10-25", { reason: "thiếu ảnh" }),
    ];
    expect(standing("4.1", events, "2024-11-05")).toMatchObject({
      completedOn: null,
      class: "in-progress-overdue",
    });
  });
});

describe("activityProgress", () => {
  it("takes the larger of the percent and the achieved share of targets", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay([
      ev("t1-4.2", "START", LD, "2024-04-05"),
      ev("t1-4.2", "PROGRESS", LD, "2024-06-01", { percent: 20 }),
      ev("t1-4.2", "PROGRESS", LD, "2024-07-01", {
        achieved: [
          { target: 0, quantity: 55 },
          { target: 1, quantity: 0 },
        ],
      }),
    ]);
    expect(activityProgress(byCode("4.2"), engine.state().activity("t1-4.2")!)).toBe(50);
  });

  it("averages the ward parts of 2.2", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay([
      ev("t1-2.2", "START", "ubnd-phuong-ha-dinh", "2024-04-03", {}, "ha-dinh"),
      ev(
        "t1-2.2",
        "REPORT",
        "ubnd-phuong-ha-dinh",
        "2024-05-03",
        { results: { ward: { text: "xong" } } },
        "ha-dinh",
      ),
      ev("t1-2.2", "START", "ubnd-phuong-kim-giang", "2024-04-03", {}, "kim-giang"),
      ev("t1-2.2", "PROGRESS", "ubnd-phuong-kim-giang", "2024-05-03", { percent: 10 }, "kim-giang"),
    ]);
    expect(activityProgress(byCode("2.2"), engine.state().activity("t1-2.2")!)).toBe(10);
  });

  it("is null for a cancelled activity", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.apply(ev("t1-4.3", "CANCEL", ISSUER, "2024-06-01", { reason: "hoãn" }));
    expect(activityProgress(byCode("4.3"), engine.state().activity("t1-4.3")!)).toBeNull();
  });
});
