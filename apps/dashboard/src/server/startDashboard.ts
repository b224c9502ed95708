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

/**
 * Opens the store (SQLite under the data folder, or `databaseUrl`), seeds it
 * on first start (printing the demo accounts once), and serves the app.
 */
export async function startDashboard(options: StartDashboardOptions): Promise<RunningDashboard> {
  const { config } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  let url = config.databaseUrl;
  if (!url) {
    mkdirSync(config.dataDir, { recursive: true });
    url = `sqlite:${join(config.dataDir, "kehoach.sqlite")}`;
  }
  const store = await openStore(url);
  let seed: SeedResult | null = null;
  let seedProblem: { vi: string; en: string } | null = null;
  if (config.seed) {
    seed = await seedStore(store, {
      plugins: options.plugins,
      ...(config.demoPassword ? { password: config.demoPassword } : {}),
    });
    for (const p of seed.plans) {
      log(`kehoach: đã nhập kế hoạch / imported plan "${p.id}" (${p.activities} hoạt động / activities)`);
    }
    for (const f of seed.failed) {
      const first = f.diagnostics.find((d) => d.severity === "error");
      seedProblem = {
        vi: `không nhập được kế hoạch mẫu "${f.id}": ${first?.vi ?? ""}`,
        en: `the seed plan "${f.id}" could not be imported: ${first?.en ?? ""}`,
      };
      log(`kehoach: ${seedProblem.vi}\nkehoach: ${seedProblem.en}`);
    }
    if (seed.accounts.length > 0) {
      log("kehoach: tài khoản mẫu (chỉ in một lần) / demo accounts (printed once):");
      const width = Math.max(10, ...seed.accounts.map((a) => a.username.length));
      for (const a of seed.accounts) {
        log(`  ${a.username.padEnd(width)} ${a.password.padEnd(14)} ${a.role} ${a.ward ?? a.unit ?? ""}`);
      }
    }
  }
  if ((await store.listPlans()).length === 0 && !seedProblem) {
    seedProblem = {
      vi: "kho dữ liệu chưa có kế hoạch nào; hãy nhập một kế hoạch",
      en: "the store holds no plan yet; import one",
    };
  }
  const plans = createPlanRegistry(store, options.plugins);
  const importWorker = createImportWorker(options.plugins, UploadLimitsSchema.parse({}));
  // Expired sessions are deleted on a schedule, not only when someone presents one.
  const purge = async () => {
    try {
      const n = await store.accounts.purgeExpiredSessions();
      if (n > 0) log(`kehoach: đã xoá ${n} phiên hết hạn / purged ${n} expired sessions`);
    } catch (error) {
      log(`kehoach: không xoá được phiên hết hạn / session purge failed: ${String(error)}`);
    }
  };
  await purge();
  const purgeTimer = setInterval(() => void purge(), 10 * 60_000);
  purgeTimer.unref();
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
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const s = serve(
      { fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) },
      () => resolveServer(s),
    );
    s.once("error", reject);
  });
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
      clearTimeout(timer);
      await importWorker.close();
      await store.close();
    },
  };
}
