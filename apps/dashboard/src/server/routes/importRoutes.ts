import type { Store } from "@kehoach/store";
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { parseQuery } from "../http/parseQuery";
import type { PlanRegistry } from "../plan/createPlanRegistry";
import { checkUploadOwnership } from "../security/checkUploadOwnership";
import type { ImportWorker } from "../upload/createImportWorker";

/** Options of {@link importRoutes}. */
export interface ImportRoutesOptions {
  store: Store;
  plans: PlanRegistry;
  /** Reads the documents in a worker thread, under the upload limits. */
  worker: ImportWorker;
}

const QuerySchema = z.object({
  /** "1" saves the plan; otherwise only a preview. */
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

/** The uploaded bytes and file name, from a multipart `file` or the raw body with `X-File-Name`. */
async function readUpload(c: Context<DashboardEnv>) {
  const type = c.req.header("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type)) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) {
      throw new ApiError(422, "import.no-file", {
        vi: "thiếu tệp kế hoạch (trường file)",
        en: "no plan file (field file)",
      });
    }
    return { data: new Uint8Array(await file.arrayBuffer()), fileName: file.name || undefined };
  }
  return {
    data: new Uint8Array(await c.req.arrayBuffer()),
    fileName: c.req.header("x-file-name") || undefined,
  };
}

/**
 * `POST /api/plans/import?save=0|1`: a plan document (.txt, .docx, .xlsx,
 * .csv), for issuer administrators only. The document is measured and read
 * in the import worker (heap cap, time limit, caps on inflated bytes, rows,
 * columns and cells, each refusal naming its limit); the answer is a bounded
 * preview (header, counts, first rows, diagnostics). With `save=1` the plan
 * is stored as a new plan or a new version of a plan the account's office
 * issued, nothing else.
 */
export function importRoutes(options: ImportRoutesOptions) {
  const app = new Hono<DashboardEnv>();
  app.post("/import", async (c) => {
    const account = c.get("account");
    if (!account) throw new ApiError(401, "auth.required", { vi: "cần đăng nhập", en: "sign-in required" });
    if (account.role !== "issuer-admin") {
      throw new ApiError(403, "auth.not-admin", {
        vi: "chỉ quản trị của cơ quan ban hành mới được nhập kế hoạch",
        en: "only the issuer's administrators may import a plan",
      });
    }
    const q = parseQuery(QuerySchema, c.req.url);
    const { data, fileName } = await readUpload(c);
    if (data.length === 0) {
      throw new ApiError(422, "import.empty", { vi: "tệp rỗng", en: "the file is empty" });
    }
    const save = q.save === "1";
    const answer = await options.worker.run({
      data,
      ...(fileName ? { fileName } : {}),
      ...(q.year ? { year: q.year } : {}),
      keepPlan: save,
    });
    if (!answer.ok) {
      const { status, code, vi, en, limit } = answer.refusal;
      throw new ApiError(status, code, { vi, en }, { limit });
    }
    if (!answer.preview) {
      const first = answer.firstError;
      throw new ApiError(
        422,
        first?.code ?? "import.failed",
        { vi: first?.vi ?? "không nhập được kế hoạch", en: first?.en ?? "the plan could not be imported" },
        { diagnostics: answer.diagnostics },
      );
    }
    const id = q.id ?? answer.preview.id;
    const preview = { ...answer.preview, id };
    let saved = null;
    if (save && answer.plan) {
      const plan = { ...answer.plan, id };
      await checkUploadOwnership(options.store, account, plan);
      saved = await options.store.savePlan(plan, {
        note: `import: ${fileName ?? "upload"} by ${account.username}`,
      });
      options.plans.invalidate(plan.id);
    }
    return c.json(
      { preview, diagnostics: answer.diagnostics, measure: answer.measure, saved },
      saved && !saved.unchanged ? 201 : 200,
    );
  });
  return app;
}
