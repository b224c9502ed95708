import { getConnInfo } from "@hono/node-server/conninfo";
import type { Store } from "@kehoach/store";
import { Hono } from "hono";
import { z } from "zod";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { readJsonBody } from "../http/readJsonBody";
import { publicAccount } from "../security/accountActor";
import { createRateLimiter } from "../security/createRateLimiter";
import { csrfToken } from "../security/csrfToken";
import { clearSessionCookie, writeSessionCookie } from "../security/sessionCookie";

/** Options of {@link authRoutes}. */
export interface AuthRoutesOptions {
  store: Store;
  secret: string;
  secureCookies: boolean;
  /** Login attempts per client address and user name per window (default 10 per 15 minutes). */
  loginLimit?: { limit: number; windowMs: number };
}

const LoginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** `GET /me`, `POST /login`, `POST /logout`: sessions in HttpOnly SameSite=Strict cookies. */
export function authRoutes(options: AuthRoutesOptions) {
  const { store, secret, secureCookies } = options;
  const limit = options.loginLimit ?? { limit: 10, windowMs: 15 * 60_000 };
  const perUser = createRateLimiter(limit);
  const perAddress = createRateLimiter({ limit: limit.limit * 5, windowMs: limit.windowMs });
  const app = new Hono<DashboardEnv>();

  app.get("/me", (c) => {
    const account = c.get("account");
    const token = c.get("sessionToken");
    c.header("Cache-Control", "no-store");
    if (!account || !token) return c.json({ account: null, csrfToken: null });
    return c.json({ account: publicAccount(account), csrfToken: csrfToken(secret, token) });
  });

  app.post("/login", async (c) => {
    const body = await readJsonBody(c, LoginSchema);
    const address = clientAddress(c);
    const userKey = `${address}\u0000${body.username.normalize("NFC").toLowerCase()}`;
    const a = perAddress.hit(address);
    const u = perUser.hit(userKey);
    if (!a.allowed || !u.allowed) {
      const retry = Math.max(a.allowed ? 0 : a.retryAfterSeconds, u.allowed ? 0 : u.retryAfterSeconds);
      throw new ApiError(
        429,
        "auth.rate-limited",
        {
          vi: `đăng nhập sai quá nhiều lần; thử lại sau ${retry} giây`,
          en: `too many login attempts; try again in ${retry} seconds`,
        },
        { retryAfterSeconds: retry },
        { "Retry-After": String(retry) },
      );
    }
    const account = await store.accounts.authenticate(body.username, body.password);
    if (!account) {
      throw new ApiError(401, "auth.invalid-credentials", {
        vi: "tên đăng nhập hoặc mật khẩu không đúng",
        en: "wrong user name or password",
      });
    }
    perUser.reset(userKey);
    const session = await store.accounts.createSession(account.id);
    writeSessionCookie(c, session.token, { expiresAt: session.expiresAt, secure: secureCookies });
    c.header("Cache-Control", "no-store");
    return c.json({ account: publicAccount(account), csrfToken: csrfToken(secret, session.token) });
  });

  app.post("/logout", async (c) => {
    const token = c.get("sessionToken");
    if (token) await store.accounts.revokeSession(token);
    clearSessionCookie(c, secureCookies);
    return c.json({ ok: true });
  });

  return app;
}
