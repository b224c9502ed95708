import { describe, expect, it } from "vitest";
import { samplePlan } from "../../test/samplePlan";
import { parsePlan } from "./parsePlan";

describe("parsePlan: invalid input", () => {
  it("reports each problem with its JSON path, in Vietnamese and English", () => {
    const plan = samplePlan() as Record<string, unknown>;
    plan.year = "2024";
    const activities = plan.activities as Record<string, unknown>[];
    if (activities[1]) activities[1].code = 42;
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    expect(result.plan).toBeNull();
    expect(result.diagnostics.map((d) => d.location?.path)).toEqual([["year"], ["activities", 1, "code"]]);
    expect(result.diagnostics[0]).toMatchObject({ code: "plan.invalid_type", severity: "error" });
    expect(result.diagnostics[0]?.en).toBe(
      "invalid plan at year: Invalid input: expected number, received string",
    );
    expect(result.diagnostics[0]?.vi).toMatch(/^Kế hoạch không hợp lệ tại year: Đầu vào không hợp lệ/);
  });
  it("rejects a future schema version", () => {
    const result = parsePlan({ ...samplePlan(), schemaVersion: 2 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.location?.path).toEqual(["schemaVersion"]);
  });
  it("reports malformed JSON with a line and column, without throwing", () => {
    const result = parsePlan('{\n  "id": "x",\n  oops\n}');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: "plan.invalid-json",
      location: { line: 3, column: 3 },
    });
  });
  it.each([null, undefined, 42, [], "null"])("rejects %j", (input) => {
    const result = parsePlan(input);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
