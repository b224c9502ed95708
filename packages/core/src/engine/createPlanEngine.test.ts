import { describe, expect, it } from "vitest";
import { ev, ISSUER, LD, reportPayload, rewardPayload, TT } from "../../test/events";
import { thanhXuanPlan } from "../../test/fixtures/thanhXuanPlan";
import { loadYearEvents } from "../../test/loadYear";
import type { LifecycleExtension } from "../lifecycle/LifecycleExtension";
import { createPlanEngine } from "./createPlanEngine";
import { PlanEngineError } from "./PlanEngineError";

const approval: LifecycleExtension = {
  steps: [
    {
      state: "approved",
      after: "reported",
      event: "APPROVE",
      allowed: ["phong-noi-vu", "issuer"],
      label: { vi: "Hội đồng thi đua đã thẩm định", en: "Approved by the emulation council" },
    },
  ],
  authorities: [{ event: "REWARD", units: ["phong-noi-vu"] }],
};

describe("createPlanEngine", () => {
  it("applies an event and returns the new state", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    const r = engine.apply(ev("t1-4.2", "START", LD, "2024-04-05"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.duplicate).toBe(false);
    expect(r.state.activity("t1-4.2")!.status).toBe("inProgress");
    expect(r.state.activity("t1-4.2")!.context.startedAt).toBe("2024-04-05T09:00:00+07:00");
    expect(r.state.eventCount).toBe(1);
    expect(engine.events[0]!.machineVersion).toBe("1");
  });

  it("stamps events made without a version with the machine they were applied to", () => {
    const engine = createPlanEngine(thanhXuanPlan, { lifecycle: approval });
    engine.apply(ev("t1-4.2", "START", LD, "2024-04-05"));
    engine.apply({ ...ev("t1-4.2", "PROGRESS", LD, "2024-04-06", { percent: 5 }), machineVersion: "1" });
    expect(engine.events.map((e) => e.machineVersion)).toEqual(["1+reported>approved:APPROVE", "1"]);
  });

  it("treats a second event with the same id as a no-op", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    const start = ev("t1-4.2", "START", LD, "2024-04-05");
    engine.apply(start);
    const again = engine.apply({ ...start, type: "CANCEL", payload: { reason: "x" } });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(engine.state().activity("t1-4.2")!.status).toBe("inProgress");
    expect(engine.events).toHaveLength(1);
  });

  it("hands out immutable states: later events do not change an earlier state", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.apply(ev("t1-4.2", "START", LD, "2024-04-05"));
    const before = engine.state();
    engine.apply(ev("t1-4.2", "REPORT", LD, "2024-10-05", reportPayload));
    expect(before.activity("t1-4.2")!.status).toBe("inProgress");
    expect(engine.state().activity("t1-4.2")!.status).toBe("reported");
  });

  it("lets a numbered co-lead act, and anyone act on an activity with no resolvable lead", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    expect(engine.apply(ev("t1-2.2", "START", "phong-quan-ly-do-thi", "2024-04-02")).ok).toBe(true);
    expect(engine.apply(ev("t1-5.5", "START", "phong-noi-vu", "2024-04-02")).ok).toBe(true);
    // 5.3's group lead "các tổ chức CT-XH quận" expands to its members.
    expect(engine.apply(ev("t1-5.3", "START", "doan-thanh-nien", "2024-04-02")).ok).toBe(true);
  });

  it("lets the activity's lead return a ward part's report", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    const r = engine.replay([
      ev("t1-2.2", "START", "ubnd-phuong-ha-dinh", "2024-04-03", {}, "ha-dinh"),
      ev(
        "t1-2.2",
        "REPORT",
        "ubnd-phuong-ha-dinh",
        "2024-09-03",
        { results: { ward: { text: "xong" } } },
        "ha-dinh",
      ),
      ev("t1-2.2", "RETURN", TT, "2024-09-05", { reason: "thiếu ảnh" }, "ha-dinh"),
    ]);
    expect(r.rejected).toEqual([]);
    const part = r.state.activity("t1-2.2")!.wardParts.find((p) => p.ward === "ha-dinh")!;
    expect(part.status).toBe("inProgress");
    expect(part.context.returns[0]!.reason).toBe("thiếu ảnh");
  });

  it("reports an activity with ward parts when the missing wards are listed", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    const wards = thanhXuanPlan.wards.map((w) => w.id);
    const r = engine.replay([
      ev("t1-2.2", "START", TT, "2024-04-02"),
      ev("t1-2.2", "START", "ubnd-phuong-ha-dinh", "2024-04-03", {}, "ha-dinh"),
      ev(
        "t1-2.2",
        "REPORT",
        "ubnd-phuong-ha-dinh",
        "2024-09-03",
        { results: { ward: { text: "xong" } } },
        "ha-dinh",
      ),
      ev("t1-2.2", "REPORT", TT, "2024-10-08", { ...reportPayload, missingWards: wards.slice(1) }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.state.activity("t1-2.2")!.context.reports[0]!.missingWards).toHaveLength(10);
  });

  it("keeps every earlier deadline when extending", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay([
      ev("t1-4.4", "START", LD, "2024-04-15"),
      ev("t1-4.4", "EXTEND", ISSUER, "2024-11-20", { deadline: "2024-12-15", reason: "mưa" }),
      ev("t1-4.4", "EXTEND", ISSUER, "2024-12-10", { deadline: "2024-12-31", reason: "thiếu vật liệu" }),
    ]);
    const ext = engine.state().activity("t1-4.4")!.context.extensions;
    expect(ext.map((e) => [e.previous, e.deadline])).toEqual([
      ["2024-11-30", "2024-12-15"],
      ["2024-12-15", "2024-12-31"],
    ]);
  });

  it("restores a JSON snapshot exactly and goes on from it", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(loadYearEvents());
    const json = JSON.parse(JSON.stringify(engine.snapshot())) as unknown;
    const restored = createPlanEngine(thanhXuanPlan, { snapshot: json });
    expect(restored.migration).toBeNull();
    expect(restored.snapshot()).toEqual(engine.snapshot());
    expect(restored.stateAt("2024-10-10").activity("t1-4.2")!.status).toBe("inProgress");
    expect(restored.apply(engine.events[0]!)).toMatchObject({ ok: true, duplicate: true });
    expect(restored.apply(ev("t1-4.1", "REPORT", LD, "2025-01-05", reportPayload)).ok).toBe(true);
  });

  it("migrates a snapshot of another machine version by replaying its events", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(loadYearEvents());
    const old = { ...engine.snapshot(), machineVersion: "0", activities: {}, wardParts: {} };
    const migrated = createPlanEngine(thanhXuanPlan, { snapshot: old });
    expect(migrated.migration).toEqual({ from: "0", to: "1", rejected: [] });
    expect(migrated.snapshot()).toEqual(engine.snapshot());
  });

  it("reports the events a new lifecycle no longer accepts when migrating", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(loadYearEvents());
    const extended = createPlanEngine(thanhXuanPlan, { snapshot: engine.snapshot(), lifecycle: approval });
    // With an approval step, December's rewards (straight from `reported`) are rejected.
    expect(extended.migration!.to).toBe("1+reported>approved:APPROVE");
    expect(extended.migration!.rejected.map((r) => r.error.code)).toEqual([
      "lifecycle.invalid-transition",
      "lifecycle.invalid-transition",
      "lifecycle.invalid-transition",
    ]);
    expect(extended.state().activity("t1-3.1")!.status).toBe("reported");
  });

  it("refuses an invalid plan, snapshot or extension with diagnostics", () => {
    expect(() => createPlanEngine({ ...thanhXuanPlan, schemaVersion: 2 })).toThrow(PlanEngineError);
    expect(() => createPlanEngine(thanhXuanPlan, { snapshot: { format: "other" } })).toThrow(PlanEngineError);
    const other = { ...createPlanEngine(thanhXuanPlan).snapshot(), planId: "another-plan" };
    expect(() => createPlanEngine(thanhXuanPlan, { snapshot: other })).toThrow(/another-plan/);
    try {
      createPlanEngine(thanhXuanPlan, {
        lifecycle: { steps: [{ ...approval.steps[0]!, after: "rewarded" }] },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanEngineError);
      expect((error as PlanEngineError).diagnostics[0]!.code).toBe("lifecycle.extension-after");
    }
  });
});

describe("stateAt", () => {
  it("refuses an as-of that is neither a date nor a timestamp", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    expect(() => engine.stateAt("10/10/2024")).toThrow(PlanEngineError);
    expect(engine.stateAt("2024-10-10T00:00:00+07:00").eventCount).toBe(0);
  });
});

describe("a plugin's approval step", () => {
  const steps = [
    ev("t1-4.2", "START", LD, "2024-04-05"),
    ev("t1-4.2", "REPORT", LD, "2024-10-05", reportPayload),
  ];

  it("sits between reported and rewarded", () => {
    const engine = createPlanEngine(thanhXuanPlan, { plugins: [{ id: "thi-dua", lifecycle: approval }] });
    engine.replay(steps);
    const direct = engine.apply(ev("t1-4.2", "REWARD", ISSUER, "2024-12-18", rewardPayload));
    expect(direct.ok).toBe(false);
    expect(engine.apply(ev("t1-4.2", "APPROVE", "phong-noi-vu", "2024-11-01", { note: "Đủ hồ sơ" })).ok).toBe(
      true,
    );
    const s = engine.state().activity("t1-4.2")!;
    expect(s.status).toBe("approved");
    expect(s.context.steps.approved).toMatchObject({ note: "Đủ hồ sơ", by: { unit: "phong-noi-vu" } });
    // The plugin names Phòng Nội vụ as a rewarding authority.
    expect(engine.apply(ev("t1-4.2", "REWARD", "phong-noi-vu", "2024-12-18", rewardPayload)).ok).toBe(true);
    expect(engine.state().activity("t1-4.2")!.status).toBe("rewarded");
  });

  it("keeps RETURN and CANCEL available from the new step", () => {
    const engine = createPlanEngine(thanhXuanPlan, { lifecycle: approval });
    engine.replay([...steps, ev("t1-4.2", "APPROVE", ISSUER, "2024-11-01")]);
    expect(engine.apply(ev("t1-4.2", "RETURN", ISSUER, "2024-11-02", { reason: "sai số liệu" })).ok).toBe(
      true,
    );
    expect(engine.state().activity("t1-4.2")!.status).toBe("inProgress");
  });
});
