import type { Diagnostic } from "@kehoach/core";
import { z } from "zod";
import { createExporterRegistry } from "./exporters/createExporterRegistry";
import type { ReportExporter } from "./exporters/ReportExporter";
import { renderIcs } from "./render/renderIcs";
import { buildPlanTableReport } from "./report/buildPlanTableReport";
import type { Report } from "./report/Report";

/** Options of {@link exportPlan}. */
export const ExportPlanOptionsSchema = z.object({
  /** Which report: the plan table ("plan"). */
  report: z.enum(["plan"]).default("plan"),
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
};

/** What {@link exportPlan} gives back. */
export type ExportPlanResult =
  | { ok: true; data: Uint8Array; exporter: ReportExporter; report: Report; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Builds a report from a plan and renders it in one step: validates the plan
 * and the options, refuses unknown formats and units with located, bilingual
 * diagnostics (never throws on user input), and returns the file's bytes with
 * the exporter that made them (media type, extension).
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
  const built = buildPlanTableReport(plan, { unit, unitNames });
  if (!built.report) return { ok: false, diagnostics: built.diagnostics };
  const rendered =
    format === "ics" && unit ? renderIcs(built.report, { unit }) : await exporter.render(built.report);
  const data = typeof rendered === "string" ? new TextEncoder().encode(rendered) : rendered;
  return { ok: true, data, exporter, report: built.report, diagnostics: built.diagnostics };
}
