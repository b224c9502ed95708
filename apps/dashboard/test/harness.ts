import type { Plugin } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openStore, type Store } from "@kehoach/store";
import { createDashboardApp } from "../src/server/createDashboardApp";
import { createPlanRegistry } from "../src/server/plan/createPlanRegistry";
import { seedStore } from "../src/server/seed/seedStore";

export const PASSWORD = "mat-khau-thu-nghiem";
export const PLAN = "ke-hoach-70-nam-giai-phong-thu-do";

/** A dashboard app over an in-memory store seeded as on first start; requests go through `app.request`. */
export async function createHarness(
  options: {
    seed?: boolean;
    loginLimit?: { limit: number; windowMs: number };
    /** The plugins (default: Thanh Xuân only). */
    plugins?: readonly Plugin[];
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
  });

  /** A signed-in client: cookie and CSRF token. */
  async function login(username: string) {
    const r = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
    const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
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

  return { app, store, login, event };
}
