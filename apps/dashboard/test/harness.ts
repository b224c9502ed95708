import type { Plugin } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openStore, type Store } from "@kehoach/store";
import { createDashboardApp } from "../src/server/createDashboardApp";
import { createPlanRegistry } from "../src/server/plan/createPlanRegistry";
import { seedStore } from "../src/server/seed/seedStore";
import type { UploadLimitsInput } from "../src/server/upload/UploadLimits";

export const PASSWORD = "mat-khau-thu-nghiem";
export const PLAN = "ke-hoach-70-nam-giai-phong-thu-do";

/** A dashboard app over an in-memory store seeded as on first start; requests go through `app.request`. */
export async function createHarness(
  options: {
    seed?: boolean;
    loginLimit?: { limit: number; windowMs: number };
    /** The plugins (default: Thanh Xuân only). */
    plugins?: readonly Plugin[];
    /** Anonymous visitors may read the transparency view. */
    publicRead?: boolean;
    /** Session idle timeout. */
    idleTimeoutMs?: number;
    /** Clock (epoch ms). */
    now?: () => number;
    /** Trusted reverse proxies. */
    trustProxy?: string[];
    /** Upload limits (the import worker's). */
    uploadLimits?: UploadLimitsInput;
  } = {},
) {
  const plugins = options.plugins ?? [thanhXuan70];
  const store: Store = await openStore("memory:");
  if (options.seed !== false) await seedStore(store, { plugins, password: PASSWORD });
  const plans = createPlanRegistry(store, plugins);
  const app = createDashboardApp({
    store,
    plans,
    plugins,
    secret: "s".repeat(40),
    uiDir: null,
    bodyLimitBytes: 64 * 1024,
    seedProblem: () => (options.seed === false ? { vi: "chưa có kế hoạch", en: "no plan yet" } : null),
    ...(options.loginLimit ? { loginLimit: options.loginLimit } : {}),
    ...(options.publicRead ? { publicRead: true } : {}),
    ...(options.idleTimeoutMs ? { idleTimeoutMs: options.idleTimeoutMs } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.uploadLimits ? { uploadLimits: options.uploadLimits } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });

  /** A signed-in client: cookie and CSRF token. */
  async function login(username: string) {
    const r = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
    // Every cookie the login set (the session and its signed last-used stamp), as a browser sends them.
    const cookie = r.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = (await r.json()) as { csrfToken: string };
    return {
      cookie,
      csrfToken,
      setCookie: r.headers.get("set-cookie") ?? "",
      get: (path: string) => app.request(path, { headers: { cookie } }),
      post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
        app.request(path, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken, ...headers },
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
    };
  }

  /** Posts a lifecycle event as a signed-in client. */
  const event = (
    client: Awaited<ReturnType<typeof login>>,
    activity: string,
    body: { type: string; ward?: string; payload?: Record<string, unknown> },
    plan = PLAN,
  ) => client.post(`/api/plans/${plan}/activities/${activity}/events`, body);

  /** GET as the read-only viewer (reads need a signed-in account). */
  let viewer: Promise<Awaited<ReturnType<typeof login>>> | null = null;
  const read = async (path: string) => {
    viewer ??= login("xem");
    return (await viewer).get(path);
  };

  /** Posts a plan document as a signed-in client (raw body with X-File-Name). */
  const upload = (
    client: Awaited<ReturnType<typeof login>>,
    query: string,
    body: string | Uint8Array<ArrayBuffer>,
    fileName = "ke-hoach.txt",
  ) =>
    app.request(`/api/plans/import?${query}`, {
      method: "POST",
      headers: {
        "content-type": "application/octet-stream",
        "x-file-name": fileName,
        cookie: client.cookie,
        "x-csrf-token": client.csrfToken,
      },
      body,
    });

  return { app, store, login, event, read, upload };
}
