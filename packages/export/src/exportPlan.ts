import {
  createPlanEngine,
  type Diagnostic,
  PlanEngineError,
  type PlanState,
  todayInVietnam,
} from "@kehoach/core";
import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { createExporterRegistry } from "./exporters/createExporterRegistry";
import type { ReportExporter } from "./exporters/ReportExporter";
import { renderIcs } from "./render/renderIcs";
import { buildPlanTableReport, type ReportResult } from "./report/buildPlanTableReport";
import { buildProgressReport } from "./report/buildProgressReport";
import type { Report } from "./report/Report";

/** Options of {@link exportPlan}. */
export const ExportPlanOptionsSchema = z.object({
  /** Which report: the plan table ("plan") or the progress report as of a date ("progress"). */
  report: z.enum(["plan", "progress"]).default("plan"),
  /** The progress report's as-of date, YYYY-MM-DD (default: today in Vietnam). */
  asOf: IsoDateSchema.optional(),
  /** The output format: a built-in one or a plugin exporter's. */
  format: z.string().min(1),
  /** Only the activities of this unit (id). */
  unit: z.string().min(1).optional(),
  /** Unit cells as written (default) or canonical. */
  unitNames: z.enum(["source", "canonical"]).default("source"),
});
export type ExportPlanOptions = z.input<typeof ExportPlanOptionsSchema> & {
  /** Extra exporters (from plugins). */
  exporters?: readonly ReportExporter[];
  /** Progress report: the lifecycle events to replay (rejected ones become diagnostics located at `events[i]`). */
  events?: readonly unknown[];
  /** Progress report: a plan state to use instead of replaying `events` (e.g. `engine.stateAt(asOf)` from a store). */
  state?: PlanState;
};

/** What {@link exportPlan} gives back. */
export type ExportPlanResult =
  | { ok: true; data: Uint8Array; exporter: ReportExporter; report: Report; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Builds a report from a plan and renders it in one step: validates the plan
 * and the options, refuses unknown formats and units with located, bilingual
 * diagnostics (never throws on user input), and returns the file's bytes with
 * the exporter that made them (media type, extension). With `report:
 * "progress"` it replays `events` (or takes `state`) through the core engine and
 * builds the progress report as of `asOf`; rejected events are error
 * diagnostics located at `events[i]`, and the report is still made.
 */
export async function exportPlan(plan: unknown, options: ExportPlanOptions): Promise<ExportPlanResult> {
  const parsed = ExportPlanOptionsSchema.safeParse(options);
  if (!parsed.success) {
    return {
      ok: false,
      diagnostics: parsed.error.issues.map((issue) => ({
        code: "export.invalid-options",
        severity: "error" as const,
        vi: `Tùy chọn không hợp lệ tại ${issue.path.join(".")}: ${issue.message}`,
        en: `invalid option at ${issue.path.join(".")}: ${issue.message}`,
        location: { path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)) },
      })),
    };
  }
  const { format, unit, unitNames } = parsed.data;
  const registry = createExporterRegistry(options.exporters ?? []);
  const exporter = registry.get(format);
  if (!exporter) {
    return {
      ok: false,
      diagnostics: [
        {
          code: "export.unknown-format",
          severity: "error",
          vi: `Không có định dạng "${format}" (có: ${registry.formats().join(", ")})`,
          en: `unknown format "${format}" (known: ${registry.formats().join(", ")})`,
          location: { path: ["format"] },
        },
      ],
    };
  }
  const built =
    parsed.data.report === "progress"
      ? progressReport(plan, parsed.data.asOf ?? todayInVietnam(), unit, options)
      : buildPlanTableReport(plan, { unit, unitNames });
  if (!built.report) return { ok: false, diagnostics: built.diagnostics };
  const rendered =
    format === "ics" && unit ? renderIcs(built.report, { unit }) : await exporter.render(built.report);
  const data = typeof rendered === "string" ? new TextEncoder().encode(rendered) : rendered;
  return { ok: true, data, exporter, report: built.report, diagnostics: built.diagnostics };
}

function progressReport(
  plan: unknown,
  asOf: string,
  unit: string | undefined,
  options: ExportPlanOptions,
): ReportResult {
  if (options.state) return buildProgressReport(plan, options.state, { asOf, unit });
  let engine: ReturnType<typeof createPlanEngine>;
  try {
    engine = createPlanEngine(plan);
  } catch (error) {
    if (error instanceof PlanEngineError) return { report: null, diagnostics: error.diagnostics };
    throw error;
  }
  const diagnostics: Diagnostic[] = [];
  (options.events ?? []).forEach((event, index) => {
    const r = engine.apply(event);
    if (r.ok) return;
    diagnostics.push({
      code: "export.event-rejected",
      severity: "error",
      vi: `Sự kiện ${index + 1}${r.error.eventId ? ` (${r.error.eventId})` : ""} bị từ chối: [${r.error.code}] ${r.error.vi}`,
      en: `event ${index + 1}${r.error.eventId ? ` (${r.error.eventId})` : ""} was rejected: [${r.error.code}] ${r.error.en}`,
      location: { path: ["events", index, ...(r.error.location?.path ?? [])] },
    });
  });
  const built = buildProgressReport(engine.plan, engine.stateAt(asOf), { asOf, unit });
  return { report: built.report, diagnostics: [...diagnostics, ...built.diagnostics] };
}
