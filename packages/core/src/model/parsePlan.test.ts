import { describe, expect, it } from "vitest";
import { samplePlan } from "../../test/samplePlan";
import { PLAN_SCHEMA_VERSION } from "./Plan";
import { parsePlan } from "./parsePlan";

describe("parsePlan", () => {
  it("accepts a valid plan, fills defaults and reports no problem", () => {
    const result = parsePlan(samplePlan());
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(result.plan?.units[0]).toMatchObject({ aliases: [], members: [], parent: null, short: null });
    expect(result.plan?.activities[0]?.extra).toEqual({});
  });
  it("round-trips through JSON.stringify unchanged", () => {
    const first = parsePlan(samplePlan());
    if (!first.ok) throw new Error("sample plan must be valid");
    const again = parsePlan(JSON.stringify(first.plan));
    expect(again.ok).toBe(true);
    expect(again.plan).toEqual(first.plan);
    expect(JSON.stringify(again.plan)).toBe(JSON.stringify(first.plan));
  });
  it("warns about inconsistent but well-formed plans", () => {
    const plan = samplePlan();
    const [section, activity] = plan.activities;
    if (!section || !activity) throw new Error("fixture");
    plan.activities = [section, { ...activity, parent: "t1-9", table: 3 }, { ...activity }];
    const result = parsePlan(plan);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location?.path])).toEqual([
      ["plan.unknown-table", "warning", ["activities", 1, "table"]],
      ["plan.duplicate-activity", "warning", ["activities", 2, "id"]],
      ["plan.unknown-parent", "warning", ["activities", 1, "parent"]],
    ]);
  });
});
