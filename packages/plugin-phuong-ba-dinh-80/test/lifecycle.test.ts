import { createPlanEngine, type Plan, type PlanEvent } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { ISSUER_ID, OFFICE_ID, phuongBaDinh80, REWARD_COUNCIL_ID, samplePlan } from "../src/index";
import { importWithVocabulary } from "./importWithVocabulary";

const imported = await importWithVocabulary(samplePlan, phuongBaDinh80);
const plan = imported.plan as Plan;
const LEAD = "phong-van-hoa-xa-hoi-phuong-ba-dinh"; // lead of 3.1
const decision = {
  kind: "decision",
  number: "245",
  symbol: "QĐ-UBND",
  date: "2025-09-20",
  month: null,
  issuer: "UBND phường Ba Đình",
  subject: null,
  text: "Quyết định số 245/QĐ-UBND ngày 20/9/2025 của UBND phường Ba Đình",
};
let n = 0;
function event(
  type: string,
  unit: string,
  at: string,
  payload: Record<string, unknown> = {},
  person?: string,
): PlanEvent {
  n += 1;
  return {
    id: `bd-${n}`,
    activity: "t1-3.1",
    type,
    by: person ? { unit, person } : { unit },
    at: `${at}T09:00:00+07:00`,
    payload,
    machineVersion: "1",
  } as PlanEvent;
}
const reported = () => [
  event("START", LEAD, "2025-08-20"),
  event("REPORT", LEAD, "2025-09-01", { results: { ward: { text: "Đã tặng quà 120 gia đình chính sách" } } }),
];
const reward = (unit: string) =>
  event("REWARD", unit, "2025-09-21", {
    decision,
    form: "Giấy khen",
    recipients: [{ kind: "collective", name: "Tổ dân phố số 3" }],
  });

describe("the ward's lifecycle: approved by the chairman before rewarded", () => {
  it("adds the approved step between reported and rewarded", () => {
    const engine = createPlanEngine(plan, { plugins: [phuongBaDinh80] });
    expect(engine.machineVersion).toBe("1+reported>approved:APPROVE");
    for (const e of reported()) expect(engine.apply(e).ok).toBe(true);
    const early = engine.apply(reward(ISSUER_ID));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.code).toBe("lifecycle.invalid-transition");
    const approve = engine.apply(
      event(
        "APPROVE",
        ISSUER_ID,
        "2025-09-15",
        { note: "Đồng ý đề nghị khen thưởng" },
        "Chủ tịch UBND phường",
      ),
    );
    expect(approve.ok).toBe(true);
    expect(engine.state().activity("t1-3.1")?.status).toBe("approved");
    expect(engine.apply(reward(REWARD_COUNCIL_ID)).ok).toBe(true);
    expect(engine.state().activity("t1-3.1")?.status).toBe("rewarded");
  });

  it("lets only the ward committee approve", () => {
    const engine = createPlanEngine(plan, { plugins: [phuongBaDinh80] });
    for (const e of reported()) engine.apply(e);
    for (const unit of [LEAD, OFFICE_ID, REWARD_COUNCIL_ID]) {
      const r = engine.apply(event("APPROVE", unit, "2025-09-15"));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe("lifecycle.step-not-allowed");
    }
  });

  it("lets the ward office return a report, and nobody else but the committee", () => {
    const engine = createPlanEngine(plan, { plugins: [phuongBaDinh80] });
    for (const e of reported()) engine.apply(e);
    const byLead = engine.apply(event("RETURN", LEAD, "2025-09-02", { reason: "Bổ sung danh sách" }));
    expect(byLead.ok).toBe(false);
    expect(engine.apply(event("RETURN", OFFICE_ID, "2025-09-02", { reason: "Bổ sung danh sách" })).ok).toBe(
      true,
    );
    expect(engine.state().activity("t1-3.1")?.status).toBe("inProgress");
  });

  it("asks a decision for every extension", () => {
    const engine = createPlanEngine(plan, { plugins: [phuongBaDinh80] });
    const r = engine.apply(
      event("EXTEND", ISSUER_ID, "2025-08-25", { deadline: "2025-09-10", reason: "Chờ danh sách" }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("extend.decision-required");
  });
});
