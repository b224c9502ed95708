import { readFileSync } from "node:fs";
import type { Activity } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { ISSUER_ID, PLAN_ID, phuongBaDinh80, samplePlan } from "../src/index";
import { importWithVocabulary } from "./importWithVocabulary";

const result = await importWithVocabulary(samplePlan, phuongBaDinh80);
const plan = result.plan;
const activity = (code: string): Activity | undefined => plan?.activities.find((a) => a.code === code);

describe("the sample plan of phường Ba Đình", () => {
  it("ships plans/sample-plan.txt exactly, marked as a sample", () => {
    const file = readFileSync(new URL("../plans/sample-plan.txt", import.meta.url), "utf8");
    expect(samplePlan).toBe(file);
    expect(samplePlan.split("\n")[0]).toBe("**TÀI LIỆU MẪU / SAMPLE**");
    expect(phuongBaDinh80.plans.map((p) => p.id)).toEqual([PLAN_ID]);
  });

  it("imports cleanly: no error, no warning, every unit resolved", () => {
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    const refs = plan?.activities.flatMap((a) => [...a.leads, ...a.coordinators]) ?? [];
    expect(refs.length).toBeGreaterThan(25);
    expect(refs.filter((r) => r.unitId === null)).toEqual([]);
  });

  it("has 12 activities in 4 sections, issued by the ward committee for the 80th anniversary", () => {
    expect(plan?.issuer.unitId).toBe(ISSUER_ID);
    // The mark stays in the imported plan's title, so no screen or report can pass the sample for a real plan.
    expect(plan?.title).toMatch(/^tài liệu mẫu \/ sample/iu);
    expect(plan?.year).toBe(2025);
    expect(plan?.anniversary).toEqual(phuongBaDinh80.anniversary);
    expect(plan?.activities.filter((a) => a.isSection).map((a) => a.code)).toEqual(["1", "2", "3", "4"]);
    expect(plan?.activities.filter((a) => !a.isSection).map((a) => a.id)).toEqual([
      "t1-1.1",
      "t1-1.2",
      "t1-1.3",
      "t1-2.1",
      "t1-2.2",
      "t1-2.3",
      "t1-2.4",
      "t1-3.1",
      "t1-3.2",
      "t1-3.3",
      "t1-4.1",
      "t1-4.2",
    ]);
  });

  it("reads the ward's units: residential groups, requested mass organisations, the council", () => {
    expect(activity("1.1")?.coordinators.map((r) => [r.unitId, r.members.length])).toEqual([
      ["van-phong-hdnd-ubnd-phuong-ba-dinh", 0],
      ["cac-to-dan-pho-phuong-ba-dinh", 12],
    ]);
    expect(activity("1.3")?.leads).toMatchObject([
      { unitId: "uy-ban-mat-tran-to-quoc-phuong-ba-dinh", requested: true },
    ]);
    expect(activity("3.1")?.coordinators.map((r) => [r.unitId, r.requested])).toEqual([
      ["uy-ban-mat-tran-to-quoc-phuong-ba-dinh", true],
      ["hoi-cuu-chien-binh-phuong-ba-dinh", true],
    ]);
    expect(activity("4.1")?.coordinators[0]?.members).toEqual([
      "hoi-lien-hiep-phu-nu-phuong-ba-dinh",
      "hoi-cuu-chien-binh-phuong-ba-dinh",
      "doan-thanh-nien-phuong-ba-dinh",
    ]);
    expect(activity("4.2")?.coordinators.map((r) => r.unitId)).toEqual([
      "hoi-dong-thi-dua-khen-thuong-phuong-ba-dinh",
      "cac-don-vi-lien-quan",
    ]);
  });

  it("reads the 2025 time words through the plugin's vocabulary", () => {
    const period = (code: string) => {
      const p = activity(code)?.time.period;
      return [p?.kind, p?.start, p?.end, p?.deadline];
    };
    expect(period("2.1")).toEqual(["span", "2025-08-21", "2025-09-02", null]);
    expect(period("2.2")).toEqual(["span", "2025-09-02", "2025-09-02", null]);
    expect(period("2.4")).toEqual(["span", "2025-08-28", "2025-09-05", null]);
    expect(period("3.2")).toEqual(["span", "2025-09-02", "2025-09-02", null]);
    expect(period("3.1")).toEqual(["deadline", null, "2025-09-02", "2025-09-02"]);
    expect(period("1.3")).toEqual(["span", "2025-08-19", "2025-08-19", null]);
    expect(period("1.2")).toEqual(["deadline", null, "2025-08-15", "2025-08-15"]);
  });

  it("finds the targets and the document the activity cites", () => {
    expect(activity("3.1")?.targets.map((t) => [t.quantity, t.noun])).toEqual([[120, "gia đình chính sách"]]);
    expect(activity("1.1")?.references.map((r) => `${r.number}/${r.symbol}`)).toEqual(["12/KH-UBND"]);
    expect(activity("1.2")?.emphasis.length).toBe(1);
  });
});
