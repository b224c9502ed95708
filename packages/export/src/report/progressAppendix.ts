import { isCompleted, wardOfCommittee } from "@kehoach/core";
import { coordinatorIds, leadIds } from "./activityUnits";
import { formatUnitRefs } from "./formatUnitRefs";
import { formatShortDate } from "./formatVietnameseDate";
import type { ProgressFacts } from "./ProgressFacts";
import { classStatus, formatPercent, resultText, stateWord } from "./progressWords";
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from "./Report";

const cell = (text: string): ReportCell => ({ text, emphasis: [], note: null });

function column(
  key: string,
  label: string,
  width: number,
  align: ReportColumn["align"] = "left",
  group: string | null = null,
): ReportColumn {
  return { key, label, width, align, group };
}

function row(
  kind: ReportRow["kind"],
  values: Record<string, string>,
  status: ReportRow["status"] = null,
): ReportRow {
  return {
    kind,
    cells: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, cell(v)])),
    status,
    activity: null,
  };
}

const num = (n: number) => String(n);

/** Phụ lục 1: the status classification with counts and percentages. */
function classification(facts: ProgressFacts): ReportTable {
  const total = facts.tally.reduce((n, t) => n + t.count, 0);
  return {
    id: "progress-classes",
    title: ["Biểu 1", "PHÂN LOẠI KẾT QUẢ THỰC HIỆN NHIỆM VỤ"],
    subtitle: `(Tính đến ngày ${formatShortDate(facts.asOf)})`,
    columns: [
      column("code", "TT", 5, "center"),
      column("class", "Phân loại", 40),
      column("count", "Số nhiệm vụ", 12, "right"),
      column("percent", "Tỷ lệ (%)", 12, "right"),
    ],
    rows: [
      ...facts.tally.map((t, i) =>
        row(
          "item",
          { code: num(i + 1), class: t.vi, count: num(t.count), percent: formatPercent(t.percent) },
          classStatus(t.class, ""),
        ),
      ),
      row("total", { code: "", class: "Tổng cộng", count: num(total), percent: total ? "100" : "0" }),
    ],
  };
}

/** Phụ lục 2: every activity with its lead, deadline (extensions, original), status and result. */
function activities(facts: ProgressFacts): ReportTable {
  const group = "Thời hạn";
  const columns = [
    column("code", "TT", 5, "center"),
    column("title", "Nội dung", 26),
    column("leads", "Đơn vị chủ trì", 15),
    column("deadline", "Hạn hiện hành", 13, "center", group),
    column("extensions", "Số lần gia hạn", 7, "center", group),
    column("originalDeadline", "Hạn ban đầu", 13, "center", group),
    column("status", "Tình trạng", 14),
    column("result", "Kết quả", 24),
  ];
  const rows: ReportRow[] = [];
  for (const a of facts.activities) {
    const r = facts.rows.get(a.id);
    const state = facts.states.get(a.id);
    if (!r || !state) continue;
    if (a.isSection) {
      rows.push({
        kind: "section",
        cells: { code: cell(a.code), title: cell(a.title) },
        status: null,
        activity: null,
      });
      continue;
    }
    const completed = isCompleted(state);
    const classWords = r.class ? (facts.tally.find((t) => t.class === r.class)?.vi ?? "") : "";
    rows.push({
      kind: "item",
      cells: {
        code: cell(a.code),
        title: cell(a.title),
        leads: cell(formatUnitRefs(a.leads)),
        deadline: cell(r.deadline ? formatShortDate(r.deadline) : a.time.text),
        extensions: cell(r.extensions ? num(r.extensions) : ""),
        originalDeadline: cell(r.extensions ? formatShortDate(r.originalDeadline) : ""),
        status: cell([stateWord(state.status, facts.stateLabel), classWords].filter(Boolean).join("\n")),
        result: cell(resultText(state, r.progress, completed)),
      },
      status: classStatus(r.class, state.status),
      activity: {
        id: a.id,
        code: a.code,
        title: a.title,
        leads: leadIds(a),
        coordinators: coordinatorIds(a),
        start: a.time.period?.start ?? null,
        end: a.time.period?.end ?? null,
        deadline: r.deadline,
        timeText: a.time.text,
      },
    });
  }
  return {
    id: "progress-activities",
    title: ["Biểu 2", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"],
    subtitle: null,
    columns,
    rows,
  };
}

/** Phụ lục 3: targets against what was achieved, with totals per noun. */
function targets(facts: ProgressFacts): ReportTable {
  const covered = new Set(facts.leaves.map((a) => a.id));
  const list = facts.status.targets.targets.filter((t) => covered.has(t.activity));
  const levels: Record<string, string> = { district: "Cấp quận", ward: "Cấp phường", city: "Cấp Thành phố" };
  const rate = (achieved: number | null, planned: number) =>
    achieved === null ? "" : planned === 0 ? "100" : formatPercent((achieved / planned) * 100);
  const totals = new Map<string, { planned: number; achieved: number }>();
  for (const t of list) {
    const sum = totals.get(t.noun) ?? { planned: 0, achieved: 0 };
    sum.planned += t.planned;
    sum.achieved += t.achieved ?? 0;
    totals.set(t.noun, sum);
  }
  return {
    id: "progress-targets",
    title: ["Biểu 3", "CHỈ TIÊU VÀ KẾT QUẢ ĐẠT ĐƯỢC"],
    subtitle: null,
    columns: [
      column("code", "TT", 6, "center"),
      column("noun", "Chỉ tiêu", 30),
      column("level", "Cấp", 10),
      column("planned", "Kế hoạch", 10, "right", "Số lượng"),
      column("achieved", "Đạt được", 10, "right", "Số lượng"),
      column("percent", "Tỷ lệ (%)", 10, "right"),
    ],
    rows: [
      ...list.map((t) =>
        row("item", {
          code: t.code,
          noun: t.noun,
          level: levels[t.level] ?? t.level,
          planned: num(t.planned),
          achieved: t.achieved === null ? "" : num(t.achieved),
          percent: rate(t.achieved, t.planned),
        }),
      ),
      ...[...totals.entries()].map(([noun, sum]) =>
        row("total", {
          code: "",
          noun: `Cộng: ${noun}`,
          level: "",
          planned: num(sum.planned),
          achieved: num(sum.achieved),
          percent: rate(sum.achieved, sum.planned),
        }),
      ),
    ],
  };
}

/** Phụ lục 4: by lead unit. */
function byLead(facts: ProgressFacts): ReportTable {
  const done = "Hoàn thành";
  const open = "Chưa hoàn thành";
  const units = facts.unit ? facts.status.byLead.filter((u) => u.unit === facts.unit) : facts.status.byLead;
  return {
    id: "progress-by-lead",
    title: ["Biểu 4", "KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ"],
    subtitle: null,
    columns: [
      column("code", "TT", 5, "center"),
      column("leads", "Đơn vị chủ trì", 34),
      column("count", "Số nhiệm vụ", 9, "right"),
      column("onTime", "Đúng hạn", 9, "right", done),
      column("late", "Quá hạn", 9, "right", done),
      column("openOnTime", "Trong hạn", 9, "right", open),
      column("openOverdue", "Quá hạn", 9, "right", open),
      column("noDeadline", "Không xác định hạn", 9, "right"),
      column("progress", "Tiến độ (%)", 9, "right"),
    ],
    rows: units.map((u, i) =>
      row(
        "item",
        {
          code: num(i + 1),
          leads: facts.unitName(u.unit) === u.unit ? u.name : facts.unitName(u.unit),
          count: num(u.activities),
          onTime: num(u.classes["completed-on-time"]),
          late: num(u.classes["completed-late"]),
          openOnTime: num(u.classes["in-progress-on-time"]),
          openOverdue: num(u.classes["in-progress-overdue"]),
          noDeadline: num(u.classes["no-deadline"]),
          progress: u.progress === null ? "" : formatPercent(u.progress),
        },
        u.classes["in-progress-overdue"] > 0 ? "overdue" : null,
      ),
    ),
  };
}

/** Phụ lục 5: by ward (the ward parts assigned to each ward, and the activities it coordinates). */
function byWard(facts: ProgressFacts): ReportTable {
  const committee = facts.unit ? wardOfCommittee(facts.unit) : null;
  const wards = committee ? facts.status.byWard.filter((w) => w.ward === committee) : facts.status.byWard;
  return {
    id: "progress-by-ward",
    title: ["Biểu 5", "KẾT QUẢ THEO PHƯỜNG"],
    subtitle: null,
    columns: [
      column("code", "TT", 5, "center"),
      column("ward", "Phường", 25),
      column("parts", "Phần việc được giao", 12, "right"),
      column("reported", "Đã báo cáo", 12, "right"),
      column("progress", "Tiến độ (%)", 12, "right"),
      column("coordinating", "Nhiệm vụ phối hợp", 12, "right"),
    ],
    rows: wards.map((w, i) =>
      row("item", {
        code: num(i + 1),
        ward: w.name,
        parts: num(w.parts),
        reported: num(w.reported),
        progress: w.progress === null ? "" : formatPercent(w.progress),
        coordinating: num(w.coordinating),
      }),
    ),
  };
}

/** Phụ lục 6: rewards granted (decision, form, recipients). */
function rewards(facts: ProgressFacts): ReportTable {
  const rows: ReportRow[] = [];
  for (const a of facts.leaves) {
    const reward = facts.states.get(a.id)?.context.reward;
    if (!reward) continue;
    const kinds = { collective: "Tập thể", individual: "Cá nhân" } as const;
    rows.push(
      row(
        "item",
        {
          code: a.code,
          title: a.title,
          decision: reward.decision.text,
          form: reward.form,
          recipients: reward.recipients.map((r) => `${kinds[r.kind]}: ${r.name}`).join("\n"),
        },
        "rewarded",
      ),
    );
  }
  return {
    id: "progress-rewards",
    title: ["Biểu 6", "KHEN THƯỞNG"],
    subtitle: null,
    columns: [
      column("code", "TT", 5, "center"),
      column("title", "Nhiệm vụ", 30),
      column("decision", "Quyết định khen thưởng", 22),
      column("form", "Hình thức", 12),
      column("recipients", "Tập thể, cá nhân được khen thưởng", 28),
    ],
    rows,
  };
}

/** The appendix tables of the progress report, in order (Biểu 1–6). */
export function progressAppendix(facts: ProgressFacts): ReportTable[] {
  return [
    classification(facts),
    activities(facts),
    targets(facts),
    byLead(facts),
    byWard(facts),
    rewards(facts),
  ];
}
