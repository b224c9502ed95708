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
import { verifyCsrfToken } from "./security/csrfToken";
import { readSessionCookie } from "./security/sessionCookie";

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
  /** Largest uploaded plan document in bytes (default 16 MiB). */
  uploadLimitBytes?: number;
  /** Mark the session cookie Secure (serve over HTTPS). Default false. */
  secureCookies?: boolean;
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
  const uploadLimit = bodyLimit({ maxSize: options.uploadLimitBytes ?? 16 * 1024 * 1024, onError: tooLarge });
  app.use("/api/*", (c, next) =>
    c.req.path === "/api/plans/import" ? uploadLimit(c, next) : jsonLimit(c, next),
  );

  app.use("/api/*", async (c, next) => {
    c.set("account", null);
    c.set("sessionToken", null);
    const token = readSessionCookie(c);
    if (token) {
      const session = await store.accounts.getSession(token);
      if (session) {
        c.set("account", session.account);
        c.set("sessionToken", token);
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
    await next();
  });

  app.get("/api/health", (c) => c.json({ ok: true }));
  app.route(
    "/api/auth",
    authRoutes({
      store,
      secret,
      secureCookies: options.secureCookies ?? false,
      loginLimit: options.loginLimit,
    }),
  );
  app.route("/api/plans", importRoutes({ store, plans: options.plans, plugins: options.plugins ?? [] }));
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
