import { createKehoach, type Plugin } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import type { Store } from "@kehoach/store";
import { Hono } from "hono";
import { z } from "zod";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import type { PlanRegistry } from "../plan/createPlanRegistry";

/** Options of {@link importRoutes}. */
export interface ImportRoutesOptions {
  store: Store;
  plans: PlanRegistry;
  /** Plugins whose units and wards resolve the imported cells (merged as `createKehoach` merges them). */
  plugins: readonly Plugin[];
}

const QuerySchema = z.object({
  /** "1" saves the plan (issuer administrators only); otherwise only a preview. */
  save: z.enum(["0", "1"]).default("0"),
  /** The plan year, for time cells without one. */
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  /** Save under this id instead of the importer's. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(120)
    .optional(),
});

/**
 * `POST /api/plans/import?save=0|1`: a plan document (.txt, .docx, .xlsx,
 * .csv) as multipart `file` or as the raw body with `X-File-Name`, read by
 * `@kehoach/import`. Answers the plan and its located diagnostics; with
 * `save=1` (issuer administrators) stores it as a new plan version.
 */
export function importRoutes(options: ImportRoutesOptions) {
  const app = new Hono<DashboardEnv>();
  // Several plugins share one registry, merged once (units told apart by id and validity
  // dates, the same open group counted once), as docs/plugins.md recommends.
  const registry =
    options.plugins.length > 1 ? createKehoach({ plugins: [...options.plugins] }).registry : undefined;
  app.post("/import", async (c) => {
    const account = c.get("account");
    if (!account) throw new ApiError(401, "auth.required", { vi: "cần đăng nhập", en: "sign-in required" });
    const q = QuerySchema.safeParse(c.req.query());
    if (!q.success) {
      throw new ApiError(400, "request.invalid-query", {
        vi: "tham số truy vấn không hợp lệ",
        en: "invalid query parameters",
      });
    }
    if (q.data.save === "1" && account.role !== "issuer-admin") {
      throw new ApiError(403, "auth.not-admin", {
        vi: "chỉ quản trị của cơ quan ban hành mới được lưu kế hoạch",
        en: "only the issuer's administrators may save a plan",
      });
    }
    const type = c.req.header("content-type") ?? "";
    let data: Uint8Array<ArrayBuffer>;
    let fileName: string | undefined;
    if (/^multipart\/form-data/i.test(type)) {
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) {
        throw new ApiError(422, "import.no-file", {
          vi: "thiếu tệp kế hoạch (trường file)",
          en: "no plan file (field file)",
        });
      }
      data = new Uint8Array(await file.arrayBuffer());
      fileName = file.name;
    } else {
      data = new Uint8Array(await c.req.arrayBuffer());
      fileName = c.req.header("x-file-name") || undefined;
    }
    if (data.length === 0) {
      throw new ApiError(422, "import.empty", { vi: "tệp rỗng", en: "the file is empty" });
    }
    const result = await importPlan(
      { data, ...(fileName ? { fileName } : {}) },
      {
        plugins: [...options.plugins],
        ...(registry ? { registry } : {}),
        ...(q.data.year ? { year: q.data.year } : {}),
      },
    );
    if (!result.plan) {
      const first = result.diagnostics.find((d) => d.severity === "error") ?? result.diagnostics[0];
      throw new ApiError(
        422,
        first?.code ?? "import.failed",
        { vi: first?.vi ?? "không nhập được kế hoạch", en: first?.en ?? "the plan could not be imported" },
        { diagnostics: result.diagnostics },
      );
    }
    const plan = q.data.id ? { ...result.plan, id: q.data.id } : result.plan;
    let saved = null;
    if (q.data.save === "1") {
      saved = await options.store.savePlan(plan, {
        note: `import: ${fileName ?? "upload"} by ${account.username}`,
      });
      options.plans.invalidate(plan.id);
    }
    return c.json({ plan, diagnostics: result.diagnostics, saved }, saved && !saved.unchanged ? 201 : 200);
  });
  return app;
}
