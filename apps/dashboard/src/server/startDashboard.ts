import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import type { Plugin } from "@kehoach/core";
import { openStore, type Store } from "@kehoach/store";
import { createDashboardApp } from "./createDashboardApp";
import type { DashboardConfig } from "./DashboardConfig";
import { createPlanRegistry } from "./plan/createPlanRegistry";
import { type SeedResult, seedStore } from "./seed/seedStore";
import { createImportWorker } from "./upload/createImportWorker";
import { UploadLimitsSchema } from "./upload/UploadLimits";

/** Options of {@link startDashboard}. */
export interface StartDashboardOptions {
  config: DashboardConfig;
  /** Plugins: their plans are imported on first start, their lifecycle extensions apply. */
  plugins: readonly Plugin[];
  /** The built UI's folder, or null for an API-only server. */
  uiDir: string | null;
  /** Where messages go (default console.log). */
  log?: (line: string) => void;
}

/** A running dashboard. */
export interface RunningDashboard {
  /** The base URL, e.g. http://localhost:3000. */
  url: string;
  port: number;
  store: Store;
  seed: SeedResult | null;
  /**
   * Stops taking connections, lets the requests in flight finish (at most
   * `drainMs`, default 10 s, then drops the connections), stops the import
   * worker and the session purge, and closes the store.
   */
  close(drainMs?: number): Promise<void>;
}

async function openDashboardStore(config: DashboardConfig): Promise<Store> {
  if (config.databaseUrl) return openStore(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  return openStore(`sqlite:${join(config.dataDir, "kehoach.sqlite")}`);
}

type Problem = { vi: string; en: string };

/** Seeds the store (when the config says so) and logs the plans, the failures and the demo accounts (once). */
async function seedAndLog(
  store: Store,
  options: StartDashboardOptions,
  log: (line: string) => void,
): Promise<{ seed: SeedResult | null; problem: Problem | null }> {
  const { config } = options;
  let problem: Problem | null = null;
  if (!config.seed) return { seed: null, problem };
  const seed = await seedStore(store, {
    plugins: options.plugins,
    demoEvents: config.demoEvents,
    ...(config.demoPassword ? { password: config.demoPassword } : {}),
  });
  for (const p of seed.plans) {
    log(`kehoach: đã nhập kế hoạch / imported plan "${p.id}" (${p.activities} hoạt động / activities)`);
    if (p.demoEvents > 0) log(`kehoach: ${p.demoEvents} sự kiện mẫu / demo events recorded for "${p.id}"`);
  }
  for (const f of seed.failed) {
    const first = f.diagnostics.find((d) => d.severity === "error");
    problem = {
      vi: `không nhập được kế hoạch mẫu "${f.id}": ${first?.vi ?? ""}`,
      en: `the seed plan "${f.id}" could not be imported: ${first?.en ?? ""}`,
    };
    log(`kehoach: ${problem.vi}\nkehoach: ${problem.en}`);
  }
  if (seed.accounts.length > 0) {
    log("kehoach: tài khoản mẫu (chỉ in một lần) / demo accounts (printed once):");
    const width = Math.max(10, ...seed.accounts.map((a) => a.username.length));
    for (const a of seed.accounts) {
      log(`  ${a.username.padEnd(width)} ${a.password.padEnd(14)} ${a.role} ${a.ward ?? a.unit ?? ""}`);
    }
  }
  return { seed, problem };
}

/** Deletes expired sessions now and every ten minutes, not only when someone presents one; returns the timer. */
async function startSessionPurge(store: Store, log: (line: string) => void): Promise<NodeJS.Timeout> {
  const purge = async () => {
    try {
      const n = await store.accounts.purgeExpiredSessions();
      if (n > 0) log(`kehoach: đã xoá ${n} phiên hết hạn / purged ${n} expired sessions`);
    } catch (error) {
      log(`kehoach: không xoá được phiên hết hạn / session purge failed: ${String(error)}`);
    }
  };
  await purge();
  const timer = setInterval(() => void purge(), 10 * 60_000);
  timer.unref();
  return timer;
}

type Fetch = Parameters<typeof serve>[0]["fetch"];

/** Wraps `fetch` to count the requests being handled; `settled` waits until none is (at most `ms`). */
function countInFlight(fetch: Fetch): { fetch: Fetch; settled(ms: number): Promise<void> } {
  let count = 0;
  let wake: (() => void) | null = null;
  return {
    async fetch(request, env) {
      count++;
      try {
        return await fetch(request, env);
      } finally {
        count--;
        if (count === 0) wake?.();
      }
    },
    async settled(ms) {
      if (count === 0) return;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, ms);
      });
      clearTimeout(timer);
    },
  };
}

/** Listens on the configured port and host; resolves once the server listens. */
function listen(fetch: Fetch, config: DashboardConfig) {
  return new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const s = serve({ fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) }, () =>
      resolveServer(s),
    );
    s.once("error", reject);
  });
}

/**
 * Opens the store (SQLite under the data folder, or `databaseUrl`), seeds it
 * on first start (printing the demo accounts once), and serves the app.
 */
export async function startDashboard(options: StartDashboardOptions): Promise<RunningDashboard> {
  const { config } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const store = await openDashboardStore(config);
  const { seed, problem } = await seedAndLog(store, options, log);
  let seedProblem = problem;
  if ((await store.listPlans()).length === 0 && !seedProblem) {
    seedProblem = {
      vi: "kho dữ liệu chưa có kế hoạch nào; hãy nhập một kế hoạch",
      en: "the store holds no plan yet; import one",
    };
  }
  const plans = createPlanRegistry(store, options.plugins);
  const importWorker = createImportWorker(options.plugins, UploadLimitsSchema.parse({}));
  const purgeTimer = await startSessionPurge(store, log);
  const app = createDashboardApp({
    store,
    plans,
    plugins: options.plugins,
    secret: config.secret,
    uiDir: options.uiDir,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    publicRead: config.publicRead,
    idleTimeoutMs: config.idleMinutes * 60_000,
    importWorker,
    seedProblem: () => seedProblem,
  });
  const inFlight = countInFlight(app.fetch);
  const server = await listen(inFlight.fetch, config);
  const address = server.address() as AddressInfo;
  const shownHost =
    !config.host || config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const base = `http://${shownHost}:${address.port}`;
  log(`kehoach: bảng điều khiển / dashboard on ${base} (kho / store: ${store.url})`);
  return {
    url: base,
    port: address.port,
    store,
    seed,
    async close(drainMs = 10_000) {
      clearInterval(purgeTimer);
      const closed = new Promise<void>((r) => server.close(() => r()));
      // Idle keep-alive connections go at once; busy ones finish their request, or are dropped after drainMs.
      if ("closeIdleConnections" in server) server.closeIdleConnections();
      const timer = setTimeout(() => {
        if ("closeAllConnections" in server) server.closeAllConnections();
      }, drainMs);
      await closed;
      // A client that hung up leaves its request running: the store stays open until every handler has answered.
      await inFlight.settled(drainMs);
      clearTimeout(timer);
      await importWorker.close();
      await store.close();
    },
  };
}
