// Synthetic plans and event logs shared by the core benchmarks: n copies of
// the seed's activity 4.2, one month each, and ten events per activity.
import type { Activity } from "../src/model/Activity";
import type { PlanEvent } from "../src/model/Event";
import { type Plan, PlanSchema } from "../src/model/Plan";
import { thanhXuanPlan } from "../test/fixtures/thanhXuanPlan";

const LEAD = "phong-lao-dong-thuong-binh-xa-hoi";
const ISSUER = "ubnd-quan-thanh-xuan";
const template = thanhXuanPlan.activities.find((a) => a.code === "4.2")!;

export function syntheticPlan(n: number): Plan {
  const activities: Activity[] = [];
  for (let i = 0; i < n; i++) {
    const month = (i % 12) + 1;
    const end = new Date(Date.UTC(2024, month, 0)).toISOString().slice(0, 10);
    activities.push({
      ...template,
      id: `a${i}`,
      code: `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`,
      parent: null,
      time: {
        text: `Tháng ${month}/2024`,
        period: {
          ...template.time.period!,
          text: `Tháng ${month}/2024`,
          start: `2024-${String(month).padStart(2, "0")}-01`,
          end,
        },
      },
    });
  }
  return PlanSchema.parse({ ...thanhXuanPlan, activities });
}

const at = (day: number) =>
  new Date(Date.UTC(2024, 0, 1, 2) + day * 3_600_000).toISOString().replace("Z", "+00:00");
const report$ = { results: { district: { text: "Hoàn thành", achieved: [{ target: 0, quantity: 55 }] } } };
const decision = {
  kind: "decision",
  number: "1",
  symbol: "QĐ-UBND",
  date: "2024-12-18",
  month: null,
  issuer: null,
  subject: null,
  text: "Quyết định số 1/QĐ-UBND",
};

/** Ten events per activity: START, 5 × PROGRESS, REPORT, RETURN, REPORT, REWARD. */
export function syntheticEvents(n: number): PlanEvent[] {
  const out: PlanEvent[] = [];
  const script: [string, string, Record<string, unknown>][] = [
    ["START", LEAD, {}],
    ["PROGRESS", LEAD, { percent: 10 }],
    ["PROGRESS", LEAD, { percent: 30, achieved: [{ target: 0, quantity: 10 }] }],
    ["PROGRESS", LEAD, { percent: 50 }],
    ["PROGRESS", LEAD, { percent: 70, difficulties: ["Thiếu kinh phí"] }],
    ["PROGRESS", LEAD, { percent: 90 }],
    ["REPORT", LEAD, report$],
    ["RETURN", ISSUER, { reason: "Bổ sung số liệu" }],
    ["REPORT", LEAD, report$],
    [
      "REWARD",
      ISSUER,
      { decision, form: "Giấy khen", recipients: [{ kind: "collective", name: "Phòng LĐ-TBXH" }] },
    ],
  ];
  script.forEach(([type, unit, payload], step) => {
    for (let i = 0; i < n; i++) {
      out.push({
        id: `e${step}-${i}`,
        activity: `a${i}`,
        type,
        by: { unit },
        at: at(step),
        payload,
        machineVersion: "1",
      });
    }
  });
  return out;
}
