import type { Store } from "@kehoach/store";
import { Hono } from "hono";
import { z } from "zod";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { readJsonBody } from "../http/readJsonBody";
import { publicAccount } from "../security/accountActor";
import { createRateLimiter } from "../security/createRateLimiter";
import { csrfToken } from "../security/csrfToken";
import { clearLastSeen, writeLastSeen } from "../security/idleCookie";
import { clearSessionCookie, writeSessionCookie } from "../security/sessionCookie";

/** Options of {@link authRoutes}. */
export interface AuthRoutesOptions {
  store: Store;
  secret: string;
  /**
   * Login attempts per client and user name per window (default 10 per 15
   * minutes); a client gets 5 times as many for all names, a user name 10
   * times as many from all clients.
   */
  loginLimit?: { limit: number; windowMs: number };
  /** Whether anonymous visitors may read the transparency view (told to the UI by `/me`). */
  publicRead?: boolean;
  /** Clock (epoch ms). */
  now?: () => number;
}

const LoginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

/** `GET /me`, `POST /login`, `POST /logout`: sessions in HttpOnly SameSite=Strict cookies. */
export function authRoutes(options: AuthRoutesOptions) {
  const { store, secret } = options;
  const now = options.now ?? Date.now;
  const publicRead = options.publicRead ?? false;
  const limit = options.loginLimit ?? { limit: 10, windowMs: 15 * 60_000 };
  // Per client and name (a typo-prone clerk), per client (one guesser, many names) and per
  // name (many clients, one name: higher, so a stranger cannot easily lock a clerk out).
  const perClientUser = createRateLimiter(limit);
  const perClient = createRateLimiter({ limit: limit.limit * 5, windowMs: limit.windowMs });
  const perUser = createRateLimiter({ limit: limit.limit * 10, windowMs: limit.windowMs });
  const app = new Hono<DashboardEnv>();

  app.get("/me", (c) => {
    const account = c.get("account");
    const token = c.get("sessionToken");
    c.header("Cache-Control", "no-store");
    if (!account || !token) return c.json({ account: null, csrfToken: null, publicRead });
    return c.json({ account: publicAccount(account), csrfToken: csrfToken(secret, token), publicRead });
  });

  app.post("/login", async (c) => {
    const body = await readJsonBody(c, LoginSchema);
    const address = c.get("client").address;
    const name = body.username.normalize("NFC").toLowerCase();
    const clientUserKey = `${address}\u0000${name}`;
    const decisions = [perClient.hit(address), perClientUser.hit(clientUserKey), perUser.hit(name)];
    const refused = decisions.filter((d) => !d.allowed);
    if (refused.length > 0) {
      const retry = Math.max(...refused.map((d) => d.retryAfterSeconds));
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
    perClientUser.reset(clientUserKey);
    const session = await store.accounts.createSession(account.id);
    const secure = c.get("secureCookies");
    writeSessionCookie(c, session.token, { expiresAt: session.expiresAt, secure });
    writeLastSeen(c, secret, session.token, now(), secure);
    c.header("Cache-Control", "no-store");
    return c.json({ account: publicAccount(account), csrfToken: csrfToken(secret, session.token) });
  });

  app.post("/logout", async (c) => {
    const token = c.get("sessionToken");
    if (token) await store.accounts.revokeSession(token);
    clearSessionCookie(c, c.get("secureCookies"));
    clearLastSeen(c, c.get("secureCookies"));
    return c.json({ ok: true });
  });

  return app;
}
