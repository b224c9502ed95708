import type { Activity } from "@kehoach/core";

/** One step of a sample activity's year: an event type, its day (YYYY-MM-DD) and payload. */
export interface DemoStep {
  type: string;
  on: string;
  payload: Record<string, unknown>;
}

/** How a sample activity's year goes. */
type Fate = "on-time" | "rewarded" | "late" | "returned" | "stalled" | "not-started";

/** The fates of the leaf activities in turn: mostly on time, some late or stalled, a return, rewards. */
const fates: readonly Fate[] = [
  "on-time",
  "rewarded",
  "on-time",
  "late",
  "returned",
  "on-time",
  "stalled",
  "on-time",
  "rewarded",
  "late",
  "on-time",
  "on-time",
  "not-started",
  "on-time",
];

const DAY = 86_400_000;

function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

function between(from: string, to: string, share: number): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.max(0, b - a) * share).toISOString().slice(0, 10);
}

const report = (text: string) => ({ results: { district: { text } } });

/**
 * The sample year of one leaf activity (the `index`-th with dates): START near
 * its start, PROGRESS reports through its period, then by its fate a REPORT
 * before or after the deadline, a RETURN and a second REPORT, a REWARD, or
 * nothing more (stalled, not started). `steps` are the plan's plugin steps
 * (e.g. Ba Đình's APPROVE), taken between REPORT and REWARD. Nothing is dated
 * after `today`. A pure function: the same plan gives the same year.
 */
export function demoScript(
  activity: Activity,
  index: number,
  steps: readonly string[],
  today: string,
): DemoStep[] {
  const period = activity.time.period;
  const start = period?.start ?? null;
  const deadline = period?.deadline ?? period?.end ?? null;
  if (!start || !deadline || start > today) return [];
  const fate = fates[index % fates.length] as Fate;
  if (fate === "not-started") return [];
  const at = (on: string, type: string, payload: Record<string, unknown>): DemoStep => ({
    type,
    on,
    payload,
  });
  const out: DemoStep[] = [
    at(addDays(start, index % 4), "START", { note: "Triển khai theo kế hoạch (dữ liệu mẫu)" }),
    at(between(start, deadline, 0.35), "PROGRESS", {
      percent: 30,
      note: "Đã xây dựng kế hoạch chi tiết, phân công cán bộ",
    }),
    at(between(start, deadline, 0.7), "PROGRESS", {
      percent: fate === "stalled" ? 45 : 70,
      note: "Đang tổ chức thực hiện",
    }),
  ];
  if (fate === "stalled") return out.filter((s) => s.on <= today);
  const reportedOn = fate === "late" ? addDays(deadline, 20) : addDays(deadline, -2);
  if (fate === "returned") {
    out.push(at(addDays(deadline, -8), "REPORT", report("Đã thực hiện; báo cáo chưa có số liệu cấp phường")));
    out.push(at(addDays(deadline, -6), "RETURN", { reason: "Đề nghị bổ sung số liệu cấp phường" }));
  }
  out.push(
    at(reportedOn, "REPORT", report("Đã hoàn thành các nội dung theo kế hoạch; có báo cáo kết quả kèm theo")),
  );
  if (fate === "rewarded") {
    const rewardOn = addDays(deadline, 25);
    steps.forEach((step, i) => {
      out.push(at(addDays(deadline, 10 + i), step, { note: "Đồng ý kết quả (dữ liệu mẫu)" }));
    });
    out.push(
      at(rewardOn, "REWARD", {
        decision: {
          kind: "decision",
          number: String(100 + index),
          symbol: "QĐ-UBND",
          date: rewardOn,
          month: null,
          issuer: null,
          subject: null,
          text: `Quyết định số ${100 + index}/QĐ-UBND (dữ liệu mẫu)`,
        },
        form: "Giấy khen",
        recipients: [{ kind: "collective", name: activity.leads[0]?.name || "Đơn vị chủ trì" }],
      }),
    );
  }
  // Never in the future of today; and the days stay in order when a period is short.
  let last = "";
  return out
    .map((s) => {
      last = s.on < last ? last : s.on;
      return { ...s, on: last };
    })
    .filter((s) => s.on <= today);
}
