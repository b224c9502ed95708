import { describe, expect, it } from "vitest";
import { ev, LD } from "../../test/events";
import { thanhXuanPlan } from "../../test/fixtures/thanhXuanPlan";
import { createPlanEngine } from "../engine/createPlanEngine";
import { activityClasses } from "./classifyActivity";
import { queryPlanStatus } from "./queryPlanStatus";

const empty = createPlanEngine(thanhXuanPlan).state();

describe("queryPlanStatus", () => {
  it("puts 2.1's peak in September and October and 4.4's deadline in November", () => {
    const status = queryPlanStatus(thanhXuanPlan, empty, { asOf: "2024-01-15" });
    const month = (m: string) => status.byMonth.find((x) => x.month === m)!;
    expect(month("2024-09").peak).toEqual(["2.1"]);
    expect(month("2024-10").peak).toEqual(["2.1"]);
    expect(month("2024-08").peak).toEqual([]);
    expect(month("2024-11").due).toEqual(["4.4"]);
    expect(month("2024-10").due.sort()).toEqual(["4.1", "4.2", "4.3"]);
    expect(month("2024-04").active).toContain("4.1");
  });

  it("lists what falls due within the window, from the as-of date", () => {
    const status = queryPlanStatus(thanhXuanPlan, empty, { asOf: "2024-09-25", dueWithinDays: 14 });
    expect(status.dueWithin.activities).toEqual([
      { id: "t1-3.3", code: "3.3", deadline: "2024-09-30" },
      { id: "t1-4.3", code: "4.3", deadline: "2024-10-07" },
    ]);
  });

  it("has percentages that add up to 100 and counts that add up to the activities", () => {
    const status = queryPlanStatus(thanhXuanPlan, empty, { asOf: "2024-11-15" });
    const counts = activityClasses.map((c) => status.classes[c].count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(status.total);
    const sum = activityClasses.reduce((a, c) => a + status.classes[c].percent, 0);
    expect(sum).toBeGreaterThan(99.8);
    expect(sum).toBeLessThan(100.2);
    // As of mid-November, everything dated before is overdue: 3.1–3.3, 4.1–4.3.
    expect(status.overdue).toBe(6);
  });

  it("rolls requested mass organisations and group members up as leads", () => {
    const status = queryPlanStatus(thanhXuanPlan, empty, { asOf: "2024-06-30" });
    const women = status.byLead.find((u) => u.unit === "hoi-lien-hiep-phu-nu")!;
    expect(women.activities).toBe(2); // 2.2 (3) and 5.3 through "các tổ chức CT-XH"
    const wardCommittee = status.byCoordinator.find((u) => u.unit === "ubnd-phuong-nhan-chinh")!;
    // "UBND các phường" in 15 rows of table 1 and row 1. of table 2 (16 lines of the seed), and 5.2 by name.
    expect(wardCommittee.activities).toBe(17);
  });

  it("weights a section by its activities", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay([
      ev("t1-4.1", "START", LD, "2024-04-05"),
      ev("t1-4.1", "REPORT", LD, "2024-05-05", { results: { district: { text: "xong" } } }),
    ]);
    const status = queryPlanStatus(thanhXuanPlan, engine.state(), { asOf: "2024-06-30" });
    expect(status.progress.sections.find((s) => s.code === "4")!.progress).toBe(25);
    expect(status.activities.find((a) => a.code === "4")!.progress).toBe(25);
  });

  it("rejects an as-of that is not a date", () => {
    expect(() => queryPlanStatus(thanhXuanPlan, empty, { asOf: "10/10/2024" })).toThrow();
  });
});
