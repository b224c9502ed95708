import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportPlan } from "../src/index";
import { seedKehoach, seedPlan, yearEngine, yearEventsPath } from "./progressFixture";

const events = readFileSync(yearEventsPath, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as unknown);

describe("exportPlan with report: progress", () => {
  it("replays the events and renders the progress report as of the date", async () => {
    const result = await exportPlan(seedPlan, {
      report: "progress",
      kehoach: seedKehoach,
      format: "md",
      asOf: "2024-12-31",
      events,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diagnostics).toEqual([]);
    expect(result.report.kind).toBe("progress");
    const md = new TextDecoder().decode(result.data);
    expect(md).toContain("| 4 | Chưa hoàn thành, quá hạn | 1 | 3,8 |");
  });

  it("takes a state instead of events", async () => {
    const state = yearEngine().stateAt("2024-10-10");
    const result = await exportPlan(seedPlan, {
      report: "progress",
      kehoach: seedKehoach,
      format: "csv",
      asOf: "2024-10-10",
      state,
    });
    expect(result.ok && new TextDecoder().decode(result.data)).toContain(
      '"Chưa hoàn thành, trong hạn",20,"76,9"',
    );
  });

  it("reports rejected events at their index and still makes the report", async () => {
    const bad = [
      ...events,
      {
        id: "x",
        activity: "t1-9.9",
        type: "START",
        by: { unit: "phong-noi-vu" },
        at: "2024-05-01T08:00:00+07:00",
        payload: {},
      },
    ];
    const result = await exportPlan(seedPlan, {
      report: "progress",
      kehoach: seedKehoach,
      format: "html",
      asOf: "2024-12-31",
      events: bad,
    });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "export.event-rejected",
        severity: "error",
        location: { path: ["events", 56, "activity"] },
      }),
    ]);
    expect(result.diagnostics[0]?.en).toContain("event.unknown-activity");
  });

  it("needs the plugins the plan names, and says which package to install", async () => {
    const result = await exportPlan(seedPlan, {
      report: "progress",
      format: "md",
      asOf: "2024-12-31",
      events,
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "plugin.missing", location: { path: ["plugins", 0] } }),
    ]);
    expect(result.diagnostics[0]?.vi).toContain("npm install @kehoach/plugin-thanh-xuan-70");
  });

  it("refuses a bad as-of date and an invalid plan with diagnostics", async () => {
    const date = await exportPlan(seedPlan, { report: "progress", format: "md", asOf: "31/12/2024" });
    expect(date.ok).toBe(false);
    expect(date.diagnostics[0]?.location?.path).toEqual(["asOf"]);
    const plan = await exportPlan({ nope: true }, { report: "progress", format: "md", asOf: "2024-12-31" });
    expect(plan.ok).toBe(false);
    expect(plan.diagnostics.length).toBeGreaterThan(0);
  });
});
