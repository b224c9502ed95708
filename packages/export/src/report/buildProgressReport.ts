import {
  type Activity,
  activityClasses,
  activityClassLabels,
  type Plan,
  queryPlanStatus,
} from "@kehoach/core";
import { exportDiagnostic } from "../exportDiagnosticCodes";
import { involvesUnit } from "./activityUnits";
import type { ReportResult } from "./buildPlanTableReport";
import { collectProgressNotes } from "./collectProgressNotes";
import { formatShortDate } from "./formatVietnameseDate";
import { issuerLines } from "./issuerLines";
import type { ClassTally, ProgressFacts } from "./ProgressFacts";
import { placeOfIssuer, planDocumentLine, planSubject } from "./planDocumentLine";
import { progressAppendix } from "./progressAppendix";
import { progressNarrative } from "./progressNarrative";
import {
  checkProgressInput,
  type ParsedProgressReportOptions,
  type ProgressReportOptions,
} from "./progressReportInput";
import type { Report, ReportBlock } from "./Report";

export { type ProgressReportOptions, ProgressReportOptionsSchema } from "./progressReportInput";

const DEFAULT_RECIPIENTS = [
  "UBND Thành phố (để báo cáo)",
  "Thường trực Quận ủy (để báo cáo)",
  "Thường trực HĐND quận",
  "Chủ tịch, các PCT UBND quận",
  "Các phòng, ban, đơn vị thuộc quận",
  "UBND các phường",
  "Lưu: VT",
];

function coveredActivities(plan: Plan, unit: string | undefined): Activity[] {
  if (!unit) return plan.activities;
  const involved = new Set(
    plan.activities.filter((a) => !a.isSection && involvesUnit(a, unit)).map((a) => a.id),
  );
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  const keep = new Set(involved);
  for (const id of involved) {
    let parent = byId.get(id)?.parent ?? null;
    while (parent && !keep.has(parent)) {
      keep.add(parent);
      parent = byId.get(parent)?.parent ?? null;
    }
  }
  return plan.activities.filter((a) => keep.has(a.id));
}

/** Counts per class over the covered leaves (cancelled only when some activity is). */
function classTally(leaves: readonly Activity[], rows: ProgressFacts["rows"]): ClassTally[] {
  const counts = new Map<string, number>();
  for (const a of leaves) {
    const cls = rows.get(a.id)?.class;
    if (cls) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  }
  return activityClasses
    .filter((c) => c !== "cancelled" || (counts.get(c) ?? 0) > 0)
    .map((c) => {
      const count = counts.get(c) ?? 0;
      const percent = leaves.length === 0 ? 0 : Math.round((count / leaves.length) * 1000) / 10;
      return { class: c, ...activityClassLabels[c], count, percent };
    });
}

/** What the report's sections and appendix read, computed once through core's queries. */
function progressFacts(input: Extract<ReturnType<typeof checkProgressInput>, { ok: true }>): ProgressFacts {
  const { plan, options: opts, states } = input;
  const status = queryPlanStatus(plan, input.state, { asOf: opts.asOf });
  const activities = coveredActivities(plan, opts.unit);
  const leaves = activities.filter((a) => !a.isSection);
  const rows = new Map(status.activities.map((r) => [r.id, r]));
  const unitNames = new Map(plan.units.map((u) => [u.id, u.name]));
  const wardNames = new Map(plan.wards.map((w) => [w.id, w.name]));
  return {
    plan,
    asOf: opts.asOf,
    unit: opts.unit ?? null,
    status,
    activities,
    rows,
    states,
    leaves,
    tally: classTally(leaves, rows),
    notes: collectProgressNotes(plan, leaves, (id) => states.get(id)),
    unitName: (id) => unitNames.get(id) ?? id,
    wardName: (id) => wardNames.get(id) ?? id,
    ...(opts.stateLabel ? { stateLabel: opts.stateLabel } : {}),
  };
}

function paragraph(
  text: string,
  align: "center" | "justify",
  style: { bold?: boolean; italic?: boolean } = {},
): ReportBlock {
  return {
    type: "paragraph",
    text,
    italic: style.italic ?? false,
    bold: style.bold ?? false,
    align,
    placeholder: false,
  };
}

/** The portrait body: "BÁO CÁO", the title lines, the opening sentence, then sections I–V. */
function progressBody(facts: ProgressFacts, opts: ParsedProgressReportOptions): ReportBlock[] {
  const plan = facts.plan;
  const subject = planSubject(plan);
  const asOf = formatShortDate(opts.asOf);
  return [
    { type: "heading", level: 1, text: "BÁO CÁO" },
    paragraph(`Kết quả thực hiện ${planDocumentLine(plan)}${subject ? ` ${subject}` : ""}`, "center", {
      bold: true,
    }),
    paragraph(`(Tính đến ngày ${asOf})`, "center", { italic: true }),
    ...(opts.unit
      ? [paragraph(`(Phần việc của ${facts.unitName(opts.unit)})`, "center", { italic: true })]
      : []),
    paragraph(
      `Thực hiện ${planDocumentLine(plan)}, ${plan.issuer.name} báo cáo kết quả thực hiện tính đến ngày ${asOf} như sau:`,
      "justify",
    ),
    ...progressNarrative(facts),
  ];
}

/** The landscape appendix: "PHỤ LỤC", the "(Kèm theo Báo cáo số …)" line and the six tables. */
function progressAppendixBlocks(facts: ProgressFacts, opts: ParsedProgressReportOptions): ReportBlock[] {
  const issuer = facts.plan.issuer;
  const date = formatShortDate(opts.date ?? opts.asOf);
  return [
    { type: "heading", level: 1, text: "PHỤ LỤC" },
    paragraph(
      `(Kèm theo Báo cáo số ${opts.number ?? "…"}/${opts.symbol} ngày ${date} của ${issuer.source || issuer.name})`,
      "center",
      { italic: true },
    ),
    ...progressAppendix(facts).map((table) => ({ type: "table" as const, table })),
  ];
}

/** The report around its parts: title, Decree 30 letterhead, signature and "Nơi nhận:". */
function progressReport(facts: ProgressFacts, opts: ParsedProgressReportOptions): Report {
  const plan = facts.plan;
  return {
    kind: "progress",
    title: `Báo cáo kết quả thực hiện ${planDocumentLine(plan)} (tính đến ngày ${formatShortDate(opts.asOf)})`,
    planId: plan.id,
    asOf: opts.asOf,
    letterhead: opts.letterhead
      ? {
          superior: null,
          issuer: issuerLines(plan.issuer.name),
          number: { value: opts.number, symbol: opts.symbol },
          place: opts.place ?? placeOfIssuer(plan.issuer.name),
          date: opts.date ?? opts.asOf,
        }
      : null,
    parts: [
      { orientation: "portrait", blocks: progressBody(facts, opts) },
      { orientation: "landscape", blocks: progressAppendixBlocks(facts, opts) },
    ],
    closing: {
      recipients: opts.recipients ?? DEFAULT_RECIPIENTS,
      authority: "TM. ỦY BAN NHÂN DÂN",
      position: "CHỦ TỊCH",
      signer: opts.signer,
    },
  };
}

/**
 * Builds the progress report as of a date ("BÁO CÁO Kết quả thực hiện Kế
 * hoạch số …") from a plan and its lifecycle state (`engine.stateAt(asOf)`),
 * through `@kehoach/core`'s queries: a portrait body with the letterhead,
 * I. Công tác chỉ đạo, triển khai; II. Kết quả đạt được; III. Tồn tại, hạn chế
 * và nguyên nhân (the difficulties units recorded, returns, overdue work;
 * fill-in paragraphs where there are none); IV. Phương hướng (the unfinished
 * work by deadline); V. Đề xuất, kiến nghị (the units' proposals); the
 * signature and "Nơi nhận:" block; then a landscape appendix: the status
 * classification with counts and percentages, every activity (lead, deadline
 * in force, extensions and the original deadline, status, result), targets
 * vs achieved, by lead unit, by ward, and the rewards granted. Never throws on
 * user data: an invalid plan, state or options give `report: null` and
 * located, bilingual diagnostics.
 */
export function buildProgressReport(
  plan: unknown,
  state: unknown,
  options: ProgressReportOptions,
): ReportResult {
  const input = checkProgressInput(plan, state, options);
  if (!input.ok) return { report: null, diagnostics: input.diagnostics };
  const facts = progressFacts(input);
  const diagnostics = input.diagnostics;
  if (facts.leaves.length === 0) {
    diagnostics.push(
      exportDiagnostic(
        "export.empty-report",
        "warning",
        { vi: "Báo cáo không có nhiệm vụ nào", en: "the report covers no activity" },
        input.options.unit ? { path: ["unit"] } : null,
      ),
    );
  }
  return { report: progressReport(facts, input.options), diagnostics };
}
