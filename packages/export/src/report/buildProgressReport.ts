import {
  type Activity,
  type ActivityState,
  activityClasses,
  activityClassLabels,
  type Diagnostic,
  type Plan,
  PlanSchema,
  type PlanState,
  queryPlanStatus,
  vietnamDate,
} from "@kehoach/core";
import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { involvesUnit } from "./activityUnits";
import type { ReportResult } from "./buildPlanTableReport";
import { knownUnit } from "./buildPlanTableReport";
import { collectProgressNotes } from "./collectProgressNotes";
import { formatShortDate } from "./formatVietnameseDate";
import { issuerLines } from "./issuerLines";
import type { ClassTally, ProgressFacts } from "./ProgressFacts";
import { placeOfIssuer, planDocumentLine, planSubject } from "./planDocumentLine";
import { progressAppendix } from "./progressAppendix";
import { progressNarrative } from "./progressNarrative";
import type { ReportBlock, ReportPart } from "./Report";
import { validationDiagnostics } from "./validationDiagnostics";

/** Options of {@link buildProgressReport}. */
export const ProgressReportOptionsSchema = z.object({
  /** The date the report is as of (YYYY-MM-DD): classes and overdue flags are computed for it. */
  asOf: IsoDateSchema,
  /** Only the activities this unit leads or takes part in (unit id; ward committees included). */
  unit: z.string().min(1).optional(),
  /** Put the Decree 30 letterhead above the report (default true). */
  letterhead: z.boolean().default(true),
  /** The report's number ("Số: 12/BC-UBND"); null (default) leaves dots to fill in. */
  number: z.string().min(1).nullable().default(null),
  /** The report's symbol (default "BC-UBND"). */
  symbol: z.string().min(1).default("BC-UBND"),
  /** The date in the date line (default: the as-of date). */
  date: IsoDateSchema.optional(),
  /** The place in the date line (default: from the issuer's name, "Thanh Xuân"). */
  place: z.string().min(1).optional(),
  /** "Nơi nhận:" (default: the usual recipients of a district report). */
  recipients: z.array(z.string().min(1)).optional(),
  /** The signer's name under "CHỦ TỊCH", or null for a blank to sign. */
  signer: z.string().min(1).nullable().default(null),
  /** A state's label: the plan's lifecycle's (`runtime.lifecycle.label`, plugin steps included); default core's table. */
  stateLabel: z
    .custom<(status: string) => { vi: string; en: string }>((value) => typeof value === "function", {
      message: "stateLabel must be a function",
    })
    .optional(),
});
/** What {@link ProgressReportOptionsSchema} accepts (before defaults are filled in): options of {@link buildProgressReport}. */
export type ProgressReportOptions = z.input<typeof ProgressReportOptionsSchema>;

/** What a plan state must offer (a `PlanState` from `createPlanEngine(plan).stateAt(asOf)`). */
const PlanStateShape = z.object({
  planId: z.string(),
  lastEventAt: z.string().nullable(),
  activity: z.custom<PlanState["activity"]>((v) => typeof v === "function", "expected a function"),
});

const DEFAULT_RECIPIENTS = [
  "UBND Thành phố (để báo cáo)",
  "Thường trực Quận ủy (để báo cáo)",
  "Thường trực HĐND quận",
  "Chủ tịch, các PCT UBND quận",
  "Các phòng, ban, đơn vị thuộc quận",
  "UBND các phường",
  "Lưu: VT",
];

function error(code: string, vi: string, en: string, path: (string | number)[]): Diagnostic {
  return { code, severity: "error", vi, en, location: { path } };
}

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
  const parsedOptions = ProgressReportOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    return {
      report: null,
      diagnostics: validationDiagnostics(parsedOptions.error, { vi: "Tùy chọn", en: "options" }),
    };
  }
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success) {
    return { report: null, diagnostics: validationDiagnostics(parsed.error, { vi: "Kế hoạch", en: "plan" }) };
  }
  const shape = PlanStateShape.safeParse(state);
  if (!shape.success) {
    return {
      report: null,
      diagnostics: validationDiagnostics(shape.error, { vi: "Trạng thái kế hoạch", en: "plan state" }),
    };
  }
  const opts = parsedOptions.data;
  const data = parsed.data;
  const planState = state as PlanState;
  const diagnostics: Diagnostic[] = [];
  if (planState.planId !== data.id) {
    diagnostics.push(
      error(
        "export.state-plan-mismatch",
        `Trạng thái thuộc kế hoạch "${planState.planId}", không phải "${data.id}"`,
        `the state belongs to plan "${planState.planId}", not "${data.id}"`,
        ["state", "planId"],
      ),
    );
    return { report: null, diagnostics };
  }
  const states = new Map<string, ActivityState>();
  for (const [i, a] of data.activities.entries()) {
    const s = planState.activity(a.id);
    if (!s) {
      diagnostics.push(
        error(
          "export.state-missing-activity",
          `Trạng thái không có hoạt động ${a.id}`,
          `the state has no activity ${a.id}`,
          ["plan", "activities", i, "id"],
        ),
      );
    } else states.set(a.id, s);
  }
  if (diagnostics.length) return { report: null, diagnostics };
  if (opts.unit && !knownUnit(data, opts.unit)) {
    diagnostics.push(
      error(
        "export.unknown-unit",
        `Đơn vị "${opts.unit}" không có trong kế hoạch`,
        `unit "${opts.unit}" does not occur in the plan`,
        ["unit"],
      ),
    );
    return { report: null, diagnostics };
  }
  if (planState.lastEventAt !== null && vietnamDate(planState.lastEventAt) > opts.asOf) {
    diagnostics.push({
      code: "export.state-after-as-of",
      severity: "warning",
      vi: `Trạng thái có sự kiện sau ngày ${opts.asOf} (${planState.lastEventAt}); hãy dùng engine.stateAt(asOf)`,
      en: `the state has events after ${opts.asOf} (${planState.lastEventAt}); pass engine.stateAt(asOf)`,
      location: { path: ["state", "lastEventAt"] },
    });
  }

  const status = queryPlanStatus(data, planState, { asOf: opts.asOf });
  const activities = coveredActivities(data, opts.unit);
  const leaves = activities.filter((a) => !a.isSection);
  const rows = new Map(status.activities.map((r) => [r.id, r]));
  const counts = new Map<string, number>();
  for (const a of leaves) {
    const cls = rows.get(a.id)?.class;
    if (cls) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  }
  const tally: ClassTally[] = activityClasses
    .filter((c) => c !== "cancelled" || (counts.get(c) ?? 0) > 0)
    .map((c) => {
      const count = counts.get(c) ?? 0;
      return {
        class: c,
        ...activityClassLabels[c],
        count,
        percent: leaves.length === 0 ? 0 : Math.round((count / leaves.length) * 1000) / 10,
      };
    });
  const unitNames = new Map(data.units.map((u) => [u.id, u.name]));
  const wardNames = new Map(data.wards.map((w) => [w.id, w.name]));
  const facts: ProgressFacts = {
    plan: data,
    asOf: opts.asOf,
    unit: opts.unit ?? null,
    status,
    activities,
    rows,
    states,
    leaves,
    tally,
    notes: collectProgressNotes(data, leaves, (id) => states.get(id)),
    unitName: (id) => unitNames.get(id) ?? id,
    wardName: (id) => wardNames.get(id) ?? id,
    ...(opts.stateLabel ? { stateLabel: opts.stateLabel } : {}),
  };
  if (leaves.length === 0) {
    diagnostics.push({
      code: "export.empty-report",
      severity: "warning",
      vi: "Báo cáo không có nhiệm vụ nào",
      en: "the report covers no activity",
      location: opts.unit ? { path: ["unit"] } : null,
    });
  }

  const subject = planSubject(data);
  const unitLine = opts.unit ? `(Phần việc của ${facts.unitName(opts.unit)})` : null;
  const body: ReportBlock[] = [
    { type: "heading", level: 1, text: "BÁO CÁO" },
    {
      type: "paragraph",
      text: `Kết quả thực hiện ${planDocumentLine(data)}${subject ? ` ${subject}` : ""}`,
      italic: false,
      bold: true,
      align: "center",
      placeholder: false,
    },
    {
      type: "paragraph",
      text: `(Tính đến ngày ${formatShortDate(opts.asOf)})`,
      italic: true,
      bold: false,
      align: "center",
      placeholder: false,
    },
    ...(unitLine
      ? [
          {
            type: "paragraph" as const,
            text: unitLine,
            italic: true,
            bold: false,
            align: "center" as const,
            placeholder: false,
          },
        ]
      : []),
    {
      type: "paragraph",
      text: `Thực hiện ${planDocumentLine(data)}, ${data.issuer.name} báo cáo kết quả thực hiện tính đến ngày ${formatShortDate(opts.asOf)} như sau:`,
      italic: false,
      bold: false,
      align: "justify",
      placeholder: false,
    },
    ...progressNarrative(facts),
  ];
  const appendix: ReportBlock[] = [
    { type: "heading", level: 1, text: "PHỤ LỤC" },
    {
      type: "paragraph",
      text: `(Kèm theo Báo cáo số ${opts.number ?? "…"}/${opts.symbol} ngày ${formatShortDate(opts.date ?? opts.asOf)} của ${data.issuer.source || data.issuer.name})`,
      italic: true,
      bold: false,
      align: "center",
      placeholder: false,
    },
    ...progressAppendix(facts).map((table) => ({ type: "table" as const, table })),
  ];
  const parts: ReportPart[] = [
    { orientation: "portrait", blocks: body },
    { orientation: "landscape", blocks: appendix },
  ];
  return {
    report: {
      kind: "progress",
      title: `Báo cáo kết quả thực hiện ${planDocumentLine(data)} (tính đến ngày ${formatShortDate(opts.asOf)})`,
      planId: data.id,
      asOf: opts.asOf,
      letterhead: opts.letterhead
        ? {
            superior: null,
            issuer: issuerLines(data.issuer.name),
            number: { value: opts.number, symbol: opts.symbol },
            place: opts.place ?? placeOfIssuer(data.issuer.name),
            date: opts.date ?? opts.asOf,
          }
        : null,
      parts,
      closing: {
        recipients: opts.recipients ?? DEFAULT_RECIPIENTS,
        authority: "TM. ỦY BAN NHÂN DÂN",
        position: "CHỦ TỊCH",
        signer: opts.signer,
      },
    },
    diagnostics,
  };
}
