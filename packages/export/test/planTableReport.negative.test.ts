import { describe, expect, it } from "vitest";
import { buildPlanTableReport } from "../src/index";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";

describe("buildPlanTableReport on bad input", () => {
  it.each([null, 42, "plan", {}, { ...thanhXuanPlan, schemaVersion: 99 }])("never throws on %j", (input) => {
    const result = buildPlanTableReport(input);
    expect(result.report).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({ code: "export.invalid-input", severity: "error" });
    expect(result.diagnostics[0]?.vi).toContain("không hợp lệ");
  });

  it("locates the bad field by its path", () => {
    const broken = { ...thanhXuanPlan, activities: [{ ...thanhXuanPlan.activities[0], code: 7 }] };
    const { diagnostics } = buildPlanTableReport(broken);
    expect(diagnostics[0]?.location?.path).toEqual(["activities", 0, "code"]);
  });

  it("refuses a unit that is not in the plan, in both languages", () => {
    const { report, diagnostics } = buildPlanTableReport(thanhXuanPlan, { unit: "phong-khong-co" });
    expect(report).toBeNull();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "export.unknown-unit", vi: expect.stringContaining("phong-khong-co") }),
    ]);
  });

  it("refuses bad options", () => {
    const { report, diagnostics } = buildPlanTableReport(thanhXuanPlan, { unitNames: "short" as "source" });
    expect(report).toBeNull();
    expect(diagnostics[0]?.location?.path).toEqual(["unitNames"]);
  });

  it("gives an empty-report warning (and keeps the empty tables) for a plan without activities", () => {
    const { report, diagnostics } = buildPlanTableReport({ ...thanhXuanPlan, activities: [] });
    expect(report?.parts).toHaveLength(2);
    expect(diagnostics.map((d) => d.code)).toEqual(["export.empty-report"]);
  });
});
