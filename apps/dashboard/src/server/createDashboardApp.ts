import type { Plugin } from "@kehoach/core";
import type { Store } from "@kehoach/store";
import { Hono } from "hono";
import type { DashboardEnv } from "./DashboardEnv";
import { ApiError } from "./http/ApiError";
import { bodyLimits } from "./http/bodyLimits";
import { serveUi } from "./http/serveUi";
import type { PlanRegistry } from "./plan/createPlanRegistry";
import { auditRoutes } from "./routes/auditRoutes";
import { authRoutes } from "./routes/authRoutes";
import { exportRoutes } from "./routes/exportRoutes";
import { importRoutes } from "./routes/importRoutes";
import { planRoutes } from "./routes/planRoutes";
import { securityHeaders } from "./security/securityHeaders";
import { sessionMiddleware } from "./security/sessionMiddleware";
import { createImportWorker, type ImportWorker } from "./upload/createImportWorker";
import { type UploadLimitsInput, UploadLimitsSchema } from "./upload/UploadLimits";

/** What {@link createDashboardApp} needs. */
export interface DashboardAppOptions {
  store: Store;
  plans: PlanRegistry;
  /** Secret for CSRF tokens (at least 32 characters). */
  secret: string;
  /** The built UI's folder (Vite's `dist/ui`), or null for an API-only server. */
  uiDir: string | null;
  /** Plugins whose units and wards resolve uploaded plans. */
  plugins?: readonly Plugin[];
  /** Largest JSON request body in bytes (default 256 KiB); larger ones get 413. */
  bodyLimitBytes?: number;
  /** Largest uploaded plan document in bytes (default 16 MiB; same as `uploadLimits.maxFileBytes`). */
  uploadLimitBytes?: number;
  /** What an upload may cost: inflated bytes, rows, columns, cells, the worker's heap and time. */
  uploadLimits?: UploadLimitsInput;
  /** The worker that reads uploads (default: one made from `plugins` and `uploadLimits`; close it yourself when given). */
  importWorker?: ImportWorker;
  /** Mark the session cookie Secure (serve over HTTPS). Default false; requests a trusted proxy forwards as HTTPS get Secure cookies anyway. */
  secureCookies?: boolean;
  /** Addresses of the reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` count (`KEHOACH_TRUST_PROXY`). */
  trustProxy?: readonly string[];
  /** Let anonymous visitors read plans, progress and reports, without officers' names or logs (`KEHOACH_PUBLIC_READ=1`). */
  publicRead?: boolean;
  /** A session unused this long ends (default 30 minutes); the store's absolute lifetime applies as well. */
  idleTimeoutMs?: number;
  /** Why no plan is loaded (the plans API answers 503 with it), or null. */
  seedProblem?: () => { vi: string; en: string } | null;
  /** Login attempts per client and user name per window. */
  loginLimit?: { limit: number; windowMs: number };
  /** Clock for lifecycle events and "today" (epoch ms). */
  now?: () => number;
}

/**
 * The dashboard as a Hono app: security headers, body limits, sessions from
 * the cookie, a CSRF check on every mutation, the JSON API under `/api` and
 * the built UI. Use it with `@hono/node-server` (see `startDashboard`) or any
 * runtime Hono supports.
 */
export function createDashboardApp(options: DashboardAppOptions) {
  const { store, secret } = options;
  const now = options.now ?? Date.now;
  const publicRead = options.publicRead ?? false;
  if (secret.length < 32) throw new Error("createDashboardApp: secret must be at least 32 characters");
  const app = new Hono<DashboardEnv>();

  app.use("*", securityHeaders(options.secureCookies ?? false));

  const uploadLimits = UploadLimitsSchema.parse({
    ...options.uploadLimits,
    ...(options.uploadLimitBytes ? { maxFileBytes: options.uploadLimitBytes } : {}),
  });
  const importWorker = options.importWorker ?? createImportWorker(options.plugins ?? [], uploadLimits);
  app.use("/api/*", bodyLimits(options.bodyLimitBytes ?? 256 * 1024, uploadLimits));

  app.use(
    "/api/*",
    sessionMiddleware({
      store,
      secret,
      secureCookies: options.secureCookies ?? false,
      trustProxy: options.trustProxy ?? [],
      idleTimeoutMs: options.idleTimeoutMs ?? 30 * 60_000,
      publicRead,
      now,
    }),
  );

  app.get("/api/health", (c) => c.json({ ok: true }));
  app.route(
    "/api/auth",
    authRoutes({
      store,
      secret,
      loginLimit: options.loginLimit,
      publicRead,
      now,
    }),
  );
  app.route("/api/plans", importRoutes({ store, plans: options.plans, worker: importWorker }));
  app.route("/api/plans", exportRoutes({ plans: options.plans, now: options.now }));
  app.route(
    "/api/plans",
    planRoutes({ plans: options.plans, seedProblem: options.seedProblem, now: options.now }),
  );
  app.route("/api/audit", auditRoutes({ store }));

  app.all("/api/*", () => {
    throw new ApiError(404, "api.not-found", { vi: "không có địa chỉ API này", en: "no such API route" });
  });

  if (options.uiDir) app.use("*", serveUi(options.uiDir));

  app.notFound((c) =>
    c.json(new ApiError(404, "not-found", { vi: "không tìm thấy", en: "not found" }).toBody(), 404),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
      return c.json(error.toBody(), error.status);
    }
    console.error(error);
    return c.json(
      new ApiError(500, "internal", {
        vi: "lỗi máy chủ; xem nhật ký máy chủ",
        en: "server error; see the server log",
      }).toBody(),
      500,
    );
  });

  return app;
}
