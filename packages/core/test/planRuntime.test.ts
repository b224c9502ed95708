import { describe, expect, it } from "vitest";
import { PlanEngineError } from "../src/engine/PlanEngineError";
import { createKehoach } from "../src/plugins/createKehoach";
import { definePlugin } from "../src/plugins/definePlugin";
import { planPluginOf, selectPlanPlugins } from "../src/plugins/planPlugins";
import { createPlanRuntime } from "../src/runtime/createPlanRuntime";
import { ev, ISSUER, LD, reportPayload, rewardPayload } from "./events";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";

const approvalPlugin = definePlugin({
  id: "duyet-thu",
  name: "Bước duyệt thử / A test approval step",
  version: "1.2.0",
  lifecycle: {
    steps: [
      {
        state: "approved",
        after: "reported",
        event: "APPROVE",
        allowed: ["issuer"],
        label: { vi: "Đã duyệt", en: "Approved" },
      },
    ],
  },
});
const kehoach = createKehoach({ plugins: [approvalPlugin] });
const planWith = (version: string) => ({ ...thanhXuanPlan, plugins: [{ id: "duyet-thu", version }] });

describe("createPlanRuntime", () => {
  it("runs a plan with the plugins it names: their steps are in the lifecycle, in order, labelled", () => {
    const runtime = createPlanRuntime({ plan: planWith("^1.0.0"), kehoach });
    expect(runtime.plugins.map((p) => p.id)).toEqual(["duyet-thu"]);
    expect(runtime.lifecycle.states.map((s) => s.status)).toEqual([
      "planned",
      "inProgress",
      "reported",
      "approved",
      "rewarded",
      "cancelled",
    ]);
    expect(runtime.lifecycle.label("approved")).toEqual({ vi: "Đã duyệt", en: "Approved" });
    expect(runtime.lifecycle.label("planned")).toEqual({ vi: "Chưa triển khai", en: "Planned" });
    expect(runtime.lifecycle.accepts("reported")).toEqual(["APPROVE", "RETURN", "CANCEL"]);
    expect(runtime.lifecycle.accepts("approved")).toEqual(["RETURN", "REWARD", "CANCEL"]);
  });

  it("confirms a provisional record: its stored form replaces it, in log order, the event not applied twice", () => {
    const runtime = createPlanRuntime({ plan: planWith("^1.0.0"), kehoach });
    const start = ev("t1-4.2", "START", LD, "2024-04-05");
    const progress = ev("t1-4.2", "PROGRESS", LD, "2024-04-06", { percent: 40 });
    runtime.add({ position: 1, event: start });
    // Applied when checked, before the log gave it a place; then another writer's event is read first.
    runtime.add({ position: 0, event: progress });
    const theirs = ev("t1-1", "START", ISSUER, "2024-04-06");
    runtime.add({ position: 2, event: theirs });
    expect(runtime.confirm({ position: 3, event: progress })).toBe(true);
    expect(runtime.records().map((r) => r.position)).toEqual([1, 2, 3]);
    expect(runtime.find(progress.id)).toEqual({ position: 3, event: progress });
    expect(runtime.position).toBe(3);
    expect(runtime.state().activity("t1-4.2")?.context.progress).toHaveLength(1);
    expect(runtime.confirm({ position: 4, event: ev("t1-4.2", "PROGRESS", LD, "2024-04-07") })).toBe(false);
    expect(runtime.records()).toHaveLength(3);
  });

  it("keeps each stored event with its position, and those rejected on load with why", () => {
    const events = [
      { position: 3, event: ev("t1-4.2", "START", LD, "2024-04-05") },
      { position: 4, event: ev("t1-4.2", "REPORT", LD, "2024-05-05", reportPayload) },
      // REWARD straight after REPORT: this plan's lifecycle wants APPROVE first.
      { position: 7, event: ev("t1-4.2", "REWARD", ISSUER, "2024-05-06", rewardPayload) },
      { position: 9, event: ev("t1-4.2", "APPROVE", ISSUER, "2024-05-07") },
    ];
    const runtime = createPlanRuntime({ plan: planWith("^1.0.0"), kehoach, events });
    expect(runtime.records()).toHaveLength(4);
    expect(runtime.position).toBe(9);
    expect(runtime.rejected().map((r) => [r.record.position, r.error.code])).toEqual([
      [7, "lifecycle.invalid-transition"],
    ]);
    expect(runtime.state().activity("t1-4.2")?.status).toBe("approved");
    expect(runtime.stateAt("2024-05-06").activity("t1-4.2")?.status).toBe("reported");
    expect(runtime.find(events[3]!.event.id)?.position).toBe(9);
  });

  it("offers each unit the actions the engine's roles allow", () => {
    const runtime = createPlanRuntime({ plan: planWith("^1.0.0"), kehoach });
    runtime.add({ position: 1, event: ev("t1-4.2", "START", LD, "2024-04-05") });
    runtime.add({ position: 2, event: ev("t1-4.2", "REPORT", LD, "2024-05-05", reportPayload) });
    const state = runtime.state().activity("t1-4.2")!;
    expect(runtime.lifecycle.allowedActions(state, ISSUER)).toEqual([
      { type: "APPROVE", ward: null, label: { vi: "Đã duyệt", en: "Approved" } },
      { type: "RETURN", ward: null },
      { type: "CANCEL", ward: null },
    ]);
    expect(runtime.lifecycle.allowedActions(state, LD)).toEqual([]);
    expect(runtime.lifecycle.allowedActions(state, null)).toEqual([]);
    const planned = runtime.state().activity("t1-4.4")!;
    expect(runtime.lifecycle.allowedActions(planned, LD).map((a) => a.type)).toContain("START");
  });

  it("refuses a plan whose plugin is not installed, naming the package to install", () => {
    const plan = { ...thanhXuanPlan, plugins: [{ id: "phuong-ba-dinh-80", version: "^0.1.0" }] };
    let error: unknown;
    try {
      createPlanRuntime({ plan, kehoach });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanEngineError);
    const [d] = (error as PlanEngineError).diagnostics;
    expect(d?.code).toBe("plugin.missing");
    expect(d?.vi).toContain("npm install @kehoach/plugin-phuong-ba-dinh-80");
    expect(d?.en).toContain("install the package @kehoach/plugin-phuong-ba-dinh-80");
    expect(d?.location?.path).toEqual(["plugins", 0]);
  });

  it("refuses an installed plugin outside the plan's version range", () => {
    expect(() => createPlanRuntime({ plan: planWith("^2.0.0"), kehoach })).toThrow(/2\.0\.0.*1\.2\.0/u);
  });

  it("gives a plan that names no plugins the core lifecycle unless a plugin ships it or owns its issuer", () => {
    // The seed as imported names thanh-xuan-70; the same plan without that record names none.
    const unnamed = { ...thanhXuanPlan, plugins: [] };
    expect(createPlanRuntime({ plan: unnamed, kehoach }).plugins).toEqual([]);
    expect(selectPlanPlugins(unnamed, kehoach.plugins).plugins).toEqual([]);
  });
});

describe("planPluginOf", () => {
  it("records a plugin as its id and the caret range of its version", () => {
    expect(planPluginOf(approvalPlugin)).toEqual({ id: "duyet-thu", version: "^1.2.0" });
    expect(planPluginOf({ id: "x" })).toEqual({ id: "x", version: "*" });
  });
});
