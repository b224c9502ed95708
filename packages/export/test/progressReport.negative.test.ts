import { createPlanEngine } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { buildProgressReport } from "../src/index";
import { seedPlan, yearEngine } from "./progressFixture";

describe("buildProgressReport refuses bad input with located, bilingual diagnostics", () => {
  const state = yearEngine().stateAt("2024-10-10");

  it("refuses an as-of date that is not YYYY-MM-DD", () => {
    const r = buildProgressReport(seedPlan, state, { asOf: "10/10/2024" });
    expect(r.report).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: "export.invalid-input", location: { path: ["asOf"] } });
    expect(r.diagnostics[0]?.vi).toContain("Tùy chọn không hợp lệ");
  });

  it("refuses a plan that is not a plan", () => {
    const r = buildProgressReport({ id: 1 }, state, { asOf: "2024-10-10" });
    expect(r.report).toBeNull();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.code === "export.invalid-input")).toBe(true);
  });

  it("refuses something that is not a plan state", () => {
    const r = buildProgressReport(seedPlan, { planId: seedPlan.id }, { asOf: "2024-10-10" });
    expect(r.report).toBeNull();
    expect(r.diagnostics[0]?.en).toContain("invalid plan state");
  });

  it("refuses the state of another plan", () => {
    const other = createPlanEngine({ ...seedPlan, id: "another-plan" }).state();
    const r = buildProgressReport(seedPlan, other, { asOf: "2024-10-10" });
    expect(r.report).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({
      code: "export.state-plan-mismatch",
      location: { path: ["state", "planId"] },
    });
  });

  it("refuses a state that lacks some of the plan's activities", () => {
    // The seed without its table 2: the state of a plan with fewer rows.
    const fewer = { ...seedPlan, activities: seedPlan.activities.filter((a) => a.table === 0) };
    const partial = createPlanEngine(fewer).state();
    const r = buildProgressReport(seedPlan, partial, { asOf: "2024-10-10" });
    expect(r.report).toBeNull();
    expect(r.diagnostics[0]?.code).toBe("export.state-missing-activity");
    expect(r.diagnostics[0]?.location?.path?.slice(0, 2)).toEqual(["plan", "activities"]);
  });

  it("refuses a unit that is not in the plan", () => {
    const r = buildProgressReport(seedPlan, state, { asOf: "2024-10-10", unit: "phong-khong-co" });
    expect(r.report).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: "export.unknown-unit", location: { path: ["unit"] } });
  });

  it("warns when the state holds events after the as-of date", () => {
    const r = buildProgressReport(seedPlan, yearEngine().state(), { asOf: "2024-06-30" });
    expect(r.report).not.toBeNull();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: "export.state-after-as-of", severity: "warning" }),
    ]);
  });
});
