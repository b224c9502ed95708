import {
  type ActivityClass,
  activityClasses,
  activityClassLabels,
  type BilingualMessage,
  type LifecycleErrorCode,
  type PlanStatus,
} from "@kehoach/core";
import type { CliDiagnosticCode } from "../cliDiagnosticCodes";

/** A rejected event of an events file, located by its line. */
export interface RejectedEventLine {
  line: number;
  id: string | null;
  /** The lifecycle's code, or `event.not-json`. */
  code: LifecycleErrorCode | CliDiagnosticCode;
  vi: string;
  en: string;
}

const pct = (p: number | null) => (p === null ? "–" : `${Math.round(p)}%`);

function pad(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : s + " ".repeat(width - len);
}

function clip(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : `${chars.slice(0, width - 1).join("")}…`;
}

function classLabel(c: ActivityClass | null): string {
  return c === null ? "" : activityClassLabels[c].vi;
}

/**
 * Renders the status of a plan as the readable Vietnamese text `kehoach status`
 * prints; `label` names a state (the plan's lifecycle's: `runtime.lifecycle.label`).
 */
export function formatPlanStatus(status: PlanStatus, label: (status: string) => BilingualMessage): string {
  const lines: string[] = [];
  lines.push(`Tình hình thực hiện kế hoạch đến ngày ${status.asOf} / Plan status as of ${status.asOf}`);
  lines.push("");
  const header = [
    pad("Bảng", 5),
    pad("TT", 6),
    pad("Trạng thái", 16),
    pad("Hạn", 11),
    pad("Tiến độ", 8),
    "Phân loại",
  ];
  lines.push(header.join(" "));
  for (const a of status.activities) {
    const state = label(a.status).vi;
    const deadline = a.deadline ?? "–";
    const ext =
      a.extensions > 0 ? ` (gia hạn ${a.extensions} lần, hạn đầu ${a.originalDeadline ?? "–"})` : "";
    const overdue = a.overdue ? " ⚠ quá hạn" : "";
    lines.push(
      [
        pad(String(a.table + 1), 5),
        pad(a.code, 6),
        pad(a.isSection ? "" : state, 16),
        pad(a.isSection ? "" : deadline, 11),
        pad(pct(a.progress), 8),
        `${classLabel(a.class)}${overdue}${ext}`,
      ]
        .join(" ")
        .trimEnd(),
    );
  }
  lines.push("");
  lines.push(`Tổng hợp (${status.total} hoạt động) / Summary (${status.total} activities):`);
  for (const c of activityClasses) {
    const { count, percent } = status.classes[c];
    lines.push(`  ${pad(activityClassLabels[c].vi, 28)} ${String(count).padStart(3)}  ${percent}%`);
  }
  lines.push(`  Tiến độ chung / plan progress: ${pct(status.progress.plan)}`);
  for (const s of status.progress.sections) lines.push(`  Mục ${s.code}: ${pct(s.progress)}`);
  lines.push("");
  lines.push("Theo đơn vị chủ trì / By lead unit:");
  for (const u of status.byLead) {
    const late = u.classes["in-progress-overdue"];
    lines.push(
      `  ${pad(clip(u.name, 56), 56)} ${String(u.activities).padStart(3)}  ${pct(u.progress)}${late ? `  quá hạn ${late}` : ""}`,
    );
  }
  const wards = status.byWard.filter((w) => w.parts > 0);
  if (wards.length > 0) {
    lines.push("");
    lines.push("Theo phường / By ward:");
    for (const w of wards)
      lines.push(`  ${pad(w.name, 20)} ${w.reported}/${w.parts} đã báo cáo  ${pct(w.progress)}`);
  }
  lines.push("");
  const due = status.dueWithin.activities;
  lines.push(
    `Đến hạn trong ${status.dueWithin.days} ngày / Due within ${status.dueWithin.days} days: ${
      due.length === 0 ? "không có / none" : due.map((d) => `${d.code} (${d.deadline})`).join(", ")
    }`,
  );
  if (status.targets.targets.length > 0) {
    lines.push("");
    lines.push("Chỉ tiêu / Targets:");
    for (const t of status.targets.targets) {
      lines.push(`  ${pad(t.code, 6)} ${t.achieved ?? 0}/${t.planned} ${t.noun}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** One line per rejected event: "dòng 12 (id): message | line 12: message". */
export function formatRejectedLine(r: RejectedEventLine): string {
  const id = r.id === null ? "" : ` (${r.id})`;
  return `Dòng ${r.line}${id}: [${r.code}] ${r.vi} | Line ${r.line}: ${r.en}`;
}
