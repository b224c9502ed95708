import {
  createPlanRuntime,
  type Diagnostic,
  type Kehoach,
  PlanEngineError,
  PlanSchema,
  type PlanState,
  type Plugin,
  selectPlanPlugins,
  todayInVietnam,
} from "@kehoach/core";
import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { exportDiagnostic, exportZodDiagnostics } from "./exportDiagnosticCodes";
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
/** Options of {@link exportPlan}: what {@link ExportPlanOptionsSchema} accepts, plus the plugins and exporters to use. */
export type ExportPlanOptions = z.input<typeof ExportPlanOptionsSchema> & {
  /**
   * The plugins available (`createKehoach`, or the CLI's installed ones): the
   * plan's own (those it names) run its lifecycle and add their exporters. A
   * plan naming a plugin that is not there gets a `plugin.missing` diagnostic.
   */
  kehoach?: Pick<Kehoach, "plugins"> | null;
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
 * "progress"` it runs `events` (or takes `state`) through core's plan runtime,
 * with the plan's plugins from `kehoach`, and builds the progress report as of `asOf`; rejected events are error
 * diagnostics located at `events[i]`, and the report is still made.
 */
export async function exportPlan(plan: unknown, options: ExportPlanOptions): Promise<ExportPlanResult> {
  const parsed = ExportPlanOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const what = { vi: "Tùy chọn", en: "option" };
    return {
      ok: false,
      diagnostics: exportZodDiagnostics("export.invalid-options", what, parsed.error.issues),
    };
  }
  const { format, unit, unitNames } = parsed.data;
  const planPlugins = pluginsOf(plan, options);
  if (planPlugins.diagnostics.length > 0) return { ok: false, diagnostics: planPlugins.diagnostics };
  const registry = createExporterRegistry([
    ...(options.exporters ?? []),
    ...planPlugins.plugins.flatMap((p) => p.exporters),
  ]);
  const exporter = registry.get(format);
  if (!exporter) {
    return {
      ok: false,
      diagnostics: [
        exportDiagnostic(
          "export.unknown-format",
          "error",
          {
            vi: `Không có định dạng "${format}" (có: ${registry.formats().join(", ")})`,
            en: `unknown format "${format}" (known: ${registry.formats().join(", ")})`,
          },
          { path: ["format"] },
        ),
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

/** The plan's plugins among `options.kehoach`'s (none without it, or when the plan is invalid: reported later). */
function pluginsOf(
  plan: unknown,
  options: ExportPlanOptions,
): { plugins: Plugin[]; diagnostics: Diagnostic[] } {
  if (!options.kehoach) return { plugins: [], diagnostics: [] };
  const valid = PlanSchema.safeParse(plan);
  if (!valid.success) return { plugins: [], diagnostics: [] };
  return selectPlanPlugins(valid.data, options.kehoach.plugins);
}

function progressReport(
  plan: unknown,
  asOf: string,
  unit: string | undefined,
  options: ExportPlanOptions,
): ReportResult {
  let runtime: ReturnType<typeof createPlanRuntime>;
  try {
    const events = options.state
      ? []
      : (options.events ?? []).map((event, position) => ({ position, event }));
    runtime = createPlanRuntime({ plan, kehoach: options.kehoach ?? null, events });
  } catch (error) {
    if (!(error instanceof PlanEngineError)) throw error;
    // A plan the engine refuses: the report builder says why, located in the plan.
    if (options.state) return buildProgressReport(plan, options.state, { asOf, unit });
    return { report: null, diagnostics: error.diagnostics };
  }
  const stateLabel = runtime.lifecycle.label;
  if (options.state) return buildProgressReport(plan, options.state, { asOf, unit, stateLabel });
  const diagnostics: Diagnostic[] = runtime.rejected().map(({ record, error }) => {
    const index = record.position;
    const id = error.eventId ? ` (${error.eventId})` : "";
    return exportDiagnostic(
      "export.event-rejected",
      "error",
      {
        vi: `Sự kiện ${index + 1}${id} bị từ chối: [${error.code}] ${error.vi}`,
        en: `event ${index + 1}${id} was rejected: [${error.code}] ${error.en}`,
      },
      { path: ["events", index, ...(error.location?.path ?? [])] },
    );
  });
  const built = buildProgressReport(runtime.plan, runtime.stateAt(asOf), { asOf, unit, stateLabel });
  return { report: built.report, diagnostics: [...diagnostics, ...built.diagnostics] };
}
