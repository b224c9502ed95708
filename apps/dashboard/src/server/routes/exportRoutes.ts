import { createExporterRegistry, exportPlan } from "@kehoach/export";
import { Hono } from "hono";
import { z } from "zod";
import { CalendarDateSchema } from "../../shared/CalendarDateSchema";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { parseQuery } from "../http/parseQuery";
import type { PlanRegistry } from "../plan/createPlanRegistry";
import { vietnamToday } from "../plan/vietnamNow";

/** Options of {@link exportRoutes}. */
export interface ExportRoutesOptions {
  plans: PlanRegistry;
  now?: () => number;
}

const QuerySchema = z.object({
  report: z.enum(["plan", "progress"]).default("plan"),
  format: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  asOf: CalendarDateSchema.optional(),
  unit: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100)
    .optional(),
  unitNames: z.enum(["source", "canonical"]).optional(),
});

/**
 * `GET /api/plans/:plan/exports`: the formats; `GET /api/plans/:plan/export?report=plan|progress&format=…&asOf=…&unit=…`:
 * the file, made by `@kehoach/export` from the stored plan and the engine's state as of the date.
 */
export function exportRoutes(options: ExportRoutesOptions) {
  const now = options.now ?? Date.now;
  const app = new Hono<DashboardEnv>();

  const runtimeOf = async (planId: string) => {
    const runtime = await options.plans.get(planId);
    if (!runtime) {
      throw new ApiError(404, "plan.not-found", { vi: "không có kế hoạch này", en: "no such plan" });
    }
    return runtime;
  };

  // The built-in formats plus the exporters of the plan's own plugin.
  app.get("/:plan/exports", async (c) => {
    const registry = createExporterRegistry((await runtimeOf(c.req.param("plan"))).exporters);
    return c.json({
      reports: ["plan", "progress"],
      formats: registry.formats().flatMap((format) => {
        const e = registry.get(format);
        return e ? [{ format, extension: e.extension, mediaType: e.mediaType, label: e.label }] : [];
      }),
    });
  });

  app.get("/:plan/export", async (c) => {
    const q = parseQuery(QuerySchema, c.req.url);
    const runtime = await runtimeOf(c.req.param("plan"));
    const asOf = q.asOf ?? vietnamToday(now());
    const result = await exportPlan(runtime.plan, {
      report: q.report,
      format: q.format,
      asOf,
      ...(q.unit ? { unit: q.unit } : {}),
      ...(q.unitNames ? { unitNames: q.unitNames } : {}),
      state: runtime.stateAt(asOf),
      exporters: runtime.exporters,
    });
    if (!result.ok) {
      const first = result.diagnostics[0];
      throw new ApiError(
        422,
        first?.code ?? "export.failed",
        { vi: first?.vi ?? "không xuất được báo cáo", en: first?.en ?? "the report could not be made" },
        { diagnostics: result.diagnostics },
      );
    }
    const name = `${runtime.plan.id}-${q.report}-${asOf}${q.unit ? `-${q.unit}` : ""}.${result.exporter.extension}`;
    c.header("Content-Type", result.exporter.mediaType);
    c.header("Content-Disposition", `attachment; filename="${name}"`);
    c.header("X-Content-Type-Options", "nosniff");
    return c.body(new Uint8Array(result.data));
  });

  return app;
}
