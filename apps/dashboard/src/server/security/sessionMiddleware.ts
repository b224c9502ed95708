import type { Store } from "@kehoach/store";
import type { MiddlewareHandler } from "hono";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { clientInfo } from "./clientInfo";
import { verifyCsrfToken } from "./csrfToken";
import { clearLastSeen, readLastSeen, writeLastSeen } from "./idleCookie";
import { anonymousAccess } from "./readAccess";
import { clearSessionCookie, readSessionCookie } from "./sessionCookie";
import { withoutPersons } from "./withoutPersons";

/** What {@link sessionMiddleware} needs. */
export interface SessionMiddlewareOptions {
  store: Store;
  secret: string;
  secureCookies: boolean;
  trustProxy: readonly string[];
  idleTimeoutMs: number;
  publicRead: boolean;
  now: () => number;
}

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Who is asking, for every API request: the client (through trusted
 * proxies), the account of a live session (idle and absolute timeouts; an
 * expired one is revoked and its cookies cleared), the CSRF check on every
 * mutation, and the anonymous access rule (401, or the transparency view
 * without officers' names).
 */
export function sessionMiddleware(options: SessionMiddlewareOptions): MiddlewareHandler<DashboardEnv> {
  const { store, secret, trustProxy, idleTimeoutMs, publicRead, now } = options;
  return async (c, next) => {
    c.set("account", null);
    c.set("sessionToken", null);
    const client = clientInfo(c, trustProxy);
    c.set("client", client);
    const secure = options.secureCookies || client.https;
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
  };
}
