import type { Plugin } from "@kehoach/core";
import type { Store } from "@kehoach/store";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { DashboardEnv } from "./DashboardEnv";
import { ApiError } from "./http/ApiError";
import { serveUi } from "./http/serveUi";
import type { PlanRegistry } from "./plan/createPlanRegistry";
import { auditRoutes } from "./routes/auditRoutes";
import { authRoutes } from "./routes/authRoutes";
import { exportRoutes } from "./routes/exportRoutes";
import { importRoutes } from "./routes/importRoutes";
import { planRoutes } from "./routes/planRoutes";
import { clientInfo } from "./security/clientInfo";
import { verifyCsrfToken } from "./security/csrfToken";
import { clearLastSeen, readLastSeen, writeLastSeen } from "./security/idleCookie";
import { anonymousAccess } from "./security/readAccess";
import { clearSessionCookie, readSessionCookie } from "./security/sessionCookie";
import { withoutPersons } from "./security/withoutPersons";
import { createImportWorker, type ImportWorker } from "./upload/createImportWorker";
import { type UploadLimitsInput, UploadLimitsSchema, uploadRefusal } from "./upload/UploadLimits";

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

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The dashboard as a Hono app: security headers, body limits, sessions from
 * the cookie, a CSRF check on every mutation, the JSON API under `/api` and
 * the built UI. Use it with `@hono/node-server` (see `startDashboard`) or any
 * runtime Hono supports.
 */
export function createDashboardApp(options: DashboardAppOptions) {
  const { store, secret } = options;
  if (secret.length < 32) throw new Error("createDashboardApp: secret must be at least 32 characters");
  const app = new Hono<DashboardEnv>();

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "no-referrer",
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: options.secureCookies ? "max-age=15552000; includeSubDomains" : false,
    }),
  );

  const tooLarge = () => {
    throw new ApiError(413, "request.too-large", {
      vi: "nội dung yêu cầu quá lớn",
      en: "the request body is too large",
    });
  };
  const jsonLimit = bodyLimit({ maxSize: options.bodyLimitBytes ?? 256 * 1024, onError: tooLarge });
  const uploadLimits = UploadLimitsSchema.parse({
    ...options.uploadLimits,
    ...(options.uploadLimitBytes ? { maxFileBytes: options.uploadLimitBytes } : {}),
  });
  const importWorker = options.importWorker ?? createImportWorker(options.plugins ?? [], uploadLimits);
  const uploadLimit = bodyLimit({
    maxSize: uploadLimits.maxFileBytes,
    onError: () => {
      const { status, code, vi, en, limit } = uploadRefusal("maxFileBytes", uploadLimits.maxFileBytes);
      throw new ApiError(status, code, { vi, en }, { limit });
    },
  });
  app.use("/api/*", (c, next) =>
    c.req.path === "/api/plans/import" ? uploadLimit(c, next) : jsonLimit(c, next),
  );

  const trustProxy = options.trustProxy ?? [];
  const idleTimeoutMs = options.idleTimeoutMs ?? 30 * 60_000;
  const now = options.now ?? Date.now;
  const publicRead = options.publicRead ?? false;
  app.use("/api/*", async (c, next) => {
    c.set("account", null);
    c.set("sessionToken", null);
    const client = clientInfo(c, trustProxy);
    c.set("client", client);
    const secure = (options.secureCookies ?? false) || client.https;
    c.set("secureCookies", secure);
    const token = readSessionCookie(c);
    if (token) {
      const session = await store.accounts.getSession(token);
      const seen = session ? readLastSeen(c, secret, token) : null;
      const at = now();
      if (session && seen !== null && at - seen <= idleTimeoutMs) {
        c.set("account", session.account);
        c.set("sessionToken", token);
        // Stamped again at most once a minute: the idle clock restarts with use.
        if (at - seen >= 60_000) writeLastSeen(c, secret, token, at, secure);
      } else {
        if (session) await store.accounts.revokeSession(token);
        clearSessionCookie(c, secure);
        clearLastSeen(c, secure);
      }
    }
    if (unsafe.has(c.req.method) && c.req.path !== "/api/auth/login") {
      const sessionToken = c.get("sessionToken");
      if (sessionToken && !verifyCsrfToken(secret, sessionToken, c.req.header("x-csrf-token"))) {
        throw new ApiError(403, "auth.csrf", {
          vi: "thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF); hãy tải lại trang",
          en: "missing or wrong CSRF token; reload the page",
        });
      }
    }
    c.header("Cache-Control", "no-store");
    if (c.get("account")) return next();
    const access = anonymousAccess(c.req.method, c.req.path, publicRead);
    if (access === "closed") {
      throw new ApiError(401, "auth.required", {
        vi: "cần đăng nhập để xem hoặc thay đổi dữ liệu này",
        en: "sign in to see or change this",
      });
    }
    await next();
    // The transparency view names units, never the officers who acted.
    if (access === "public" && c.res.headers.get("content-type")?.startsWith("application/json")) {
      const headers = new Headers(c.res.headers);
      headers.delete("content-length");
      c.res = new Response(withoutPersons(await c.res.text()), { status: c.res.status, headers });
    }
  });

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
