import { createKehoach, createPlanEngine, type Plan, type PlanEvent } from "@kehoach/core";
import { exportPlan } from "@kehoach/export";
import { describe, expect, it } from "vitest";
import {
  buildRewardAnnouncement,
  ISSUER_ID,
  phuongBaDinh80,
  REWARD_COUNCIL_ID,
  samplePlan,
} from "../src/index";
import { importWithVocabulary } from "./importWithVocabulary";

const plan = (await importWithVocabulary(samplePlan, phuongBaDinh80)).plan as Plan;
const kehoach = createKehoach({ plugins: [phuongBaDinh80] });

function decision(number: string) {
  return {
    kind: "decision",
    number,
    symbol: "QĐ-UBND",
    date: "2025-09-25",
    month: null,
    issuer: "UBND phường Ba Đình",
    subject: null,
    text: `Quyết định số ${number}/QĐ-UBND ngày 25/9/2025 của UBND phường Ba Đình`,
  };
}

/** START → REPORT → APPROVE → REWARD for one activity, with the given recipients. */
function rewarded(
  activity: string,
  lead: string,
  no: string,
  recipients: { kind: string; name: string }[],
): PlanEvent[] {
  const e = (type: string, unit: string, day: string, payload: Record<string, unknown>, person?: string) =>
    ({
      id: `${activity}-${type}`,
      activity,
      type,
      by: person ? { unit, person } : { unit },
      at: `2025-09-${day}T10:00:00+07:00`,
      payload,
    }) as PlanEvent;
  return [
    e("START", lead, "01", {}),
    e("REPORT", lead, "10", { results: { ward: { text: "Hoàn thành" } } }),
    e("APPROVE", ISSUER_ID, "20", {}, "Chủ tịch UBND phường"),
    e("REWARD", REWARD_COUNCIL_ID, "25", { decision: decision(no), form: "Giấy khen", recipients }),
  ];
}

const events = [
  ...rewarded("t1-2.1", "cong-an-phuong-ba-dinh", "301", [
    { kind: "collective", name: "Công an phường Ba Đình" },
    { kind: "collective", name: "Tổ dân phố số 3 <Đội Cấn>" },
    { kind: "individual", name: "Nguyễn Văn An" },
  ]),
  ...rewarded("t1-3.1", "phong-van-hoa-xa-hoi-phuong-ba-dinh", "302", [
    { kind: "collective", name: "Phòng Văn hóa - Xã hội" },
  ]),
];

describe("the reward announcement exporter", () => {
  const engine = createPlanEngine(plan, { plugins: [phuongBaDinh80] });
  const replay = engine.replay(events);

  it("gets its events through the ward's lifecycle", () => {
    expect(replay.rejected).toEqual([]);
    expect(engine.state().activity("t1-2.1")?.status).toBe("rewarded");
  });

  it("writes one page listing the rewarded collectives, through @kehoach/export", async () => {
    const result = await exportPlan(plan, {
      report: "progress",
      asOf: "2025-09-30",
      state: engine.stateAt("2025-09-30"),
      format: "thong-bao-khen-thuong",
      exporters: kehoach.exporters,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exporter.extension).toBe("html");
    const html = new TextDecoder().decode(result.data);
    expect(html).toContain("THÔNG BÁO");
    expect(html).toContain("PHƯỜNG BA ĐÌNH");
    expect(html).toContain("(tính đến ngày 30/09/2025)");
    const names = [...html.matchAll(/<tr><td class="c">(\d+)<\/td><td>([^<]*)<\/td>/gu)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(names).toEqual([
      ["1", "Công an phường Ba Đình"],
      ["2", "Tổ dân phố số 3 &lt;Đội Cấn&gt;"],
      ["3", "Phòng Văn hóa - Xã hội"],
    ]);
    expect(html).toContain("Quyết định số 302/QĐ-UBND ngày 25/9/2025 của UBND phường Ba Đình");
    expect(html).toContain("1 cá nhân được khen thưởng");
    expect(html).not.toContain("Nguyễn Văn An");
    expect(html).toContain("size: A4 portrait");
  });

  it("says so when nothing has been rewarded yet", async () => {
    const result = await exportPlan(plan, {
      report: "progress",
      asOf: "2025-09-15",
      state: engine.stateAt("2025-09-15"),
      format: "thong-bao-khen-thuong",
      exporters: kehoach.exporters,
    });
    expect(result.ok && new TextDecoder().decode(result.data)).toContain(
      "Chưa có tập thể nào được khen thưởng.",
    );
  });

  it("reads the same collectives with buildRewardAnnouncement", async () => {
    const result = await exportPlan(plan, {
      report: "progress",
      asOf: "2025-09-30",
      state: engine.stateAt("2025-09-30"),
      format: "md",
    });
    if (!result.ok) throw new Error("export failed");
    const { announcement, diagnostics } = buildRewardAnnouncement(result.report);
    expect(diagnostics).toEqual([]);
    expect(announcement?.collectives.map((c) => [c.name, c.activityCode, c.form])).toEqual([
      ["Công an phường Ba Đình", "2.1", "Giấy khen"],
      ["Tổ dân phố số 3 <Đội Cấn>", "2.1", "Giấy khen"],
      ["Phòng Văn hóa - Xã hội", "3.1", "Giấy khen"],
    ]);
    expect(announcement?.individuals).toBe(1);
  });
});
