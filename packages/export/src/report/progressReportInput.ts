import {
  type ActivityState,
  type Diagnostic,
  type Plan,
  PlanSchema,
  type PlanState,
  vietnamDate,
} from "@kehoach/core";
import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { type ExportDiagnosticCode, exportDiagnostic } from "../exportDiagnosticCodes";
import { knownUnit } from "./buildPlanTableReport";
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
/** The options with their defaults. */
export type ParsedProgressReportOptions = z.output<typeof ProgressReportOptionsSchema>;

/** What a plan state must offer (a `PlanState` from `createPlanEngine(plan).stateAt(asOf)`). */
const PlanStateShape = z.object({
  planId: z.string(),
  lastEventAt: z.string().nullable(),
  activity: z.custom<PlanState["activity"]>((v) => typeof v === "function", "expected a function"),
});

/** The checked input of a progress report, or the diagnostics that refuse it. */
export type ProgressInput =
  | {
      ok: true;
      options: ParsedProgressReportOptions;
      plan: Plan;
      state: PlanState;
      /** Every activity's state, by id. */
      states: Map<string, ActivityState>;
      /** Warnings (a state with events after the as-of date). */
      diagnostics: Diagnostic[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

function error(code: ExportDiagnosticCode, vi: string, en: string, path: (string | number)[]): Diagnostic {
  return exportDiagnostic(code, "error", { vi, en }, { path });
}

/** The options, plan and state validated by their schemas. */
function parseInput(
  plan: unknown,
  state: unknown,
  options: ProgressReportOptions,
):
  | { ok: true; options: ParsedProgressReportOptions; plan: Plan; state: PlanState }
  | { ok: false; diagnostics: Diagnostic[] } {
  const parsedOptions = ProgressReportOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    const diagnostics = validationDiagnostics(parsedOptions.error, { vi: "Tùy chọn", en: "options" });
    return { ok: false, diagnostics };
  }
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success) {
    return { ok: false, diagnostics: validationDiagnostics(parsed.error, { vi: "Kế hoạch", en: "plan" }) };
  }
  const shape = PlanStateShape.safeParse(state);
  if (!shape.success) {
    const what = { vi: "Trạng thái kế hoạch", en: "plan state" };
    return { ok: false, diagnostics: validationDiagnostics(shape.error, what) };
  }
  return { ok: true, options: parsedOptions.data, plan: parsed.data, state: state as PlanState };
}

/** Each activity's state, or the activities the state lacks (a state of another plan is refused first). */
function activityStates(
  plan: Plan,
  state: PlanState,
): { states: Map<string, ActivityState> | null; diagnostics: Diagnostic[] } {
  if (state.planId !== plan.id) {
    const mismatch = error(
      "export.state-plan-mismatch",
      `Trạng thái thuộc kế hoạch "${state.planId}", không phải "${plan.id}"`,
      `the state belongs to plan "${state.planId}", not "${plan.id}"`,
      ["state", "planId"],
    );
    return { states: null, diagnostics: [mismatch] };
  }
  const states = new Map<string, ActivityState>();
  const diagnostics: Diagnostic[] = [];
  for (const [i, a] of plan.activities.entries()) {
    const s = state.activity(a.id);
    if (s) states.set(a.id, s);
    else {
      diagnostics.push(
        error(
          "export.state-missing-activity",
          `Trạng thái không có hoạt động ${a.id}`,
          `the state has no activity ${a.id}`,
          ["plan", "activities", i, "id"],
        ),
      );
    }
  }
  return diagnostics.length ? { states: null, diagnostics } : { states, diagnostics };
}

/**
 * Validates a progress report's input: options, plan and state by their schemas, the state against the plan
 * (same plan, every activity), the unit against the plan's; warns when the state holds events after the as-of date.
 */
export function checkProgressInput(
  plan: unknown,
  state: unknown,
  options: ProgressReportOptions,
): ProgressInput {
  const input = parseInput(plan, state, options);
  if (!input.ok) return input;
  const { states, diagnostics } = activityStates(input.plan, input.state);
  if (!states) return { ok: false, diagnostics };
  const opts = input.options;
  if (opts.unit && !knownUnit(input.plan, opts.unit)) {
    const unknown = error(
      "export.unknown-unit",
      `Đơn vị "${opts.unit}" không có trong kế hoạch`,
      `unit "${opts.unit}" does not occur in the plan`,
      ["unit"],
    );
    return { ok: false, diagnostics: [unknown] };
  }
  const last = input.state.lastEventAt;
  if (last !== null && vietnamDate(last) > opts.asOf) {
    diagnostics.push(
      exportDiagnostic(
        "export.state-after-as-of",
        "warning",
        {
          vi: `Trạng thái có sự kiện sau ngày ${opts.asOf} (${last}); hãy dùng engine.stateAt(asOf)`,
          en: `the state has events after ${opts.asOf} (${last}); pass engine.stateAt(asOf)`,
        },
        { path: ["state", "lastEventAt"] },
      ),
    );
  }
  return { ok: true, options: opts, plan: input.plan, state: input.state, states, diagnostics };
}
