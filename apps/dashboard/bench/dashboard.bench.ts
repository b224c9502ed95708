// The dashboard under load, side by side in one run. The server runs in its own
// process (benchServer.ts: the app's `startDashboard`, the seed plans and
// accounts) and the load generator in another (loadClient.ts: autocannon), so
// neither steals the other's event loop. Measured:
// - 20 clients posting PROGRESS to one busy activity (thousands of events
//   already) and to 20 activities, on SQLite, beside the bare store's durable
//   appends of the same events (the store API the server uses, no HTTP);
// - the same with two server processes on one PostgreSQL;
// - GET status of a 5,000-activity plan beside a bare hono route answering
//   the same bytes;
// - in Chromium: the first rendered table and a filtered table (5,000 rows).
import { type ChildProcess, fork } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { isStoreError, openStore } from "@kehoach/store";
import { chromium } from "playwright-core";
import { build } from "vite";
import { findPgBinDir, removeStaleClusters, startPgCluster } from "../../../fixtures/postgres/pgCluster";
import { report } from "../../../scripts/bench-kit.ts";
import { vietnamNow } from "../src/server/plan/vietnamNow";
import {
  BENCH_PASSWORD,
  BIG_PLAN,
  BUSY_ACTIVITY,
  type PostTarget,
  prepareBenchStore,
  progressEvent,
  SEED_PLAN,
} from "./benchStore";
import type { ClientHeaders, LoadJob, LoadPart, LoadResult } from "./loadClient";
import { login } from "./login";

const ACTIVITIES = Number(process.env.KEHOACH_BENCH_ACTIVITIES ?? 5000);
const SECONDS = Number(process.env.KEHOACH_BENCH_SECONDS ?? 8);
const HISTORY = Number(process.env.KEHOACH_BENCH_HISTORY ?? 3000);
const CLIENTS = 20;
/** KEHOACH_BENCH_SCENARIOS: which parts run (default all): sqlite, status, browser, postgres. */
const SCENARIOS = new Set(
  (process.env.KEHOACH_BENCH_SCENARIOS ?? "sqlite,status,browser,postgres").split(","),
);
/** KEHOACH_BENCH_PROFILE=<folder>: the server processes write a CPU profile there (`node --cpu-prof`). */
const PROFILE = process.env.KEHOACH_BENCH_PROFILE;
const here = import.meta.dirname;
const app = join(here, "..");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const work = mkdtempSync(join(tmpdir(), "kehoach-dashboard-bench-"));
const secret = "bench-secret-bench-secret-bench-secret-0123";

/** A child process of this benchmark (TypeScript through tsx), with the URL it reports over IPC. */
interface Child {
  url: Promise<string>;
  stop(): Promise<void>;
}

function spawnChild(file: string, args: string[], env: NodeJS.ProcessEnv, profile = false): Child {
  const execArgv = ["--conditions=@kehoach/source", "--import", "tsx"];
  if (profile && PROFILE) execArgv.push("--cpu-prof", `--cpu-prof-dir=${PROFILE}`);
  const child: ChildProcess = fork(join(here, file), args, {
    execArgv,
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = new Promise<string>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`${file} exited (${code}) before it listened`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.send("stop");
      await exited;
    },
  };
}

/** Runs a load job in a fresh load-generator process; one result per part. */
function runLoad(job: LoadJob): Promise<LoadResult[]> {
  const child = fork(join(here, "loadClient.ts"), [], {
    execArgv: ["--conditions=@kehoach/source", "--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (m) => resolve((m as { results: LoadResult[] }).results));
    child.once("exit", (code) => reject(new Error(`the load generator exited (${code}) without results`)));
    child.send(job);
  });
}

/** Signs in every target's account once (sessions live in the store: every server process accepts them). */
async function signIn(url: string, targets: readonly PostTarget[]): Promise<Map<string, ClientHeaders>> {
  const headers = new Map<string, ClientHeaders>();
  for (const t of targets)
    if (!headers.has(t.username)) headers.set(t.username, await login(url, t.username, BENCH_PASSWORD));
  return headers;
}

function postPart(
  url: string,
  connections: number,
  targets: readonly PostTarget[],
  headers: Map<string, ClientHeaders>,
): LoadPart {
  return {
    url,
    connections,
    post: {
      paths: targets.map((t) => `/api/plans/${SEED_PLAN}/activities/${t.activity}/events`),
      headers: targets.map((t) => headers.get(t.username) as ClientHeaders),
    },
  };
}

interface Measured {
  perSecond: number;
  p50: number;
  p99: number;
  note?: string;
}

function combine(results: readonly LoadResult[]): Measured {
  const ok = results.reduce((n, r) => n + r.ok, 0);
  const seconds = Math.max(...results.map((r) => r.seconds));
  const statuses: Record<string, number> = {};
  for (const r of results)
    for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const odd = Object.keys(statuses).some((k) => !k.startsWith("2")) || errors > 0;
  return {
    perSecond: ok / seconds,
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    ...(odd ? { note: `answers ${JSON.stringify(statuses)}, ${errors} socket errors` } : {}),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/**
 * The bare store: `CLIENTS` concurrent writers appending the same PROGRESS
 * events through `store.append` with the expected version (as the server
 * does), durable, no HTTP. A version conflict (another writer won) re-reads
 * the version and tries again; only accepted events count.
 */
async function bareAppends(
  url: string,
  targets: readonly PostTarget[],
  machineVersion: string,
  seconds: number,
): Promise<Measured> {
  const store = await openStore(url);
  try {
    const versions = new Map<string, number>();
    for (const t of targets) versions.set(t.activity, await store.streamVersion(SEED_PLAN, t.activity));
    const latencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    let n = 0;
    const writer = async (k: number) => {
      while (performance.now() < deadline) {
        const t = targets[(n++ + k) % targets.length] as PostTarget;
        const event = progressEvent(t, n, vietnamNow(Date.now()), machineVersion);
        const start = performance.now();
        for (;;) {
          try {
            const expectedVersion = versions.get(t.activity) ?? 0;
            const r = await store.append({
              plan: SEED_PLAN,
              activity: t.activity,
              events: [event],
              expectedVersion,
            });
            versions.set(t.activity, Math.max(versions.get(t.activity) ?? 0, r.streamVersion));
            break;
          } catch (error) {
            if (!isStoreError(error) || error.code !== "event.version-conflict") throw error;
            versions.set(t.activity, await store.streamVersion(SEED_PLAN, t.activity));
          }
        }
        latencies.push(performance.now() - start);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, k) => writer(k)));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      perSecond: latencies.length / elapsed,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
  } finally {
    await store.close();
  }
}

function reportPosts(name: string, ours: Measured, bare: Measured, target: { rate: string; base: string }) {
  report({
    package: "dashboard",
    benchmark: `${name}: accepted events/s`,
    ours: ours.perSecond,
    baseline: bare.perSecond,
    baselineName: target.base,
    unit: "events/s",
    ratio: ours.perSecond / bare.perSecond,
    target: target.rate,
    ...(ours.note ? { note: ours.note } : {}),
  });
  for (const p of ["p50", "p99"] as const) {
    report({
      package: "dashboard",
      benchmark: `${name}: ${p} latency`,
      ours: ours[p],
      baseline: bare[p],
      baselineName: `${target.base} (one append)`,
      unit: "ms",
      ratio: ours[p] / Math.max(bare[p], 0.001),
      ...(p === "p99" ? { target: "< 50 ms" } : {}),
    });
  }
}

async function postScenarios(
  label: string,
  storeUrl: string,
  servers: readonly string[],
  prepared: { targets: PostTarget[]; machineVersion: string },
  target: { rate: string; base: string },
) {
  const busy = prepared.targets.filter((t) => t.activity === BUSY_ACTIVITY);
  const bareOne = await bareAppends(storeUrl, busy, prepared.machineVersion, SECONDS);
  const bareMany = await bareAppends(storeUrl, prepared.targets, prepared.machineVersion, SECONDS);
  const first = servers[0] as string;
  const headers = await signIn(first, prepared.targets);
  // Warm-up: each server loads the plan (replaying the busy activity's history) before the clock runs.
  for (const url of servers) {
    const h = headers.get(busy[0]?.username ?? "") as ClientHeaders;
    await fetch(`${url}/api/plans/${SEED_PLAN}/status`, { headers: { cookie: h.cookie } });
  }
  const per = Math.floor(CLIENTS / servers.length);
  const one = await runLoad({ seconds: SECONDS, parts: servers.map((u) => postPart(u, per, busy, headers)) });
  const many = await runLoad({
    seconds: SECONDS,
    parts: servers.map((u) => postPart(u, per, prepared.targets, headers)),
  });
  const history = `${HISTORY} earlier events`;
  reportPosts(
    `POST PROGRESS, ${CLIENTS} clients → 1 busy activity (${history}), ${label}`,
    combine(one),
    bareOne,
    target,
  );
  reportPosts(
    `POST PROGRESS, ${CLIENTS} clients → ${prepared.targets.length} activities, ${label}`,
    combine(many),
    bareMany,
    target,
  );
}

async function sqliteScenarios(): Promise<void> {
  const dataDir = join(work, "data");
  mkdirSync(dataDir);
  const storeUrl = `sqlite:${join(dataDir, "kehoach.sqlite")}`;
  const prepared = await prepareBenchStore(storeUrl, { activities: ACTIVITIES, history: HISTORY });
  const browser = SCENARIOS.has("browser") && existsSync(executablePath);
  const uiDir = browser ? await buildUi() : "";
  const server = spawnChild(
    "benchServer.ts",
    [],
    { KEHOACH_DATA_DIR: dataDir, KEHOACH_SECRET: secret, KEHOACH_BENCH_UI_DIR: uiDir },
    true,
  );
  try {
    const url = await server.url;
    if (SCENARIOS.has("sqlite")) {
      await postScenarios("SQLite", storeUrl, [url], prepared, {
        rate: "≥ 1,000 events/s",
        base: "bare store.append, SQLite",
      });
    }
    if (SCENARIOS.has("status")) await statusScenario(url);
    if (browser) await browserScenarios(url);
    else if (SCENARIOS.has("browser"))
      console.log(`browser benchmarks skipped: no chromium at ${executablePath}`);
  } finally {
    await server.stop();
  }
}

async function statusScenario(url: string): Promise<void> {
  const h = await login(url, "ubnd-quan", BENCH_PASSWORD);
  const path = `/api/plans/${BIG_PLAN}/status?asOf=2024-09-15`;
  const body = await (await fetch(`${url}${path}`, { headers: { cookie: h.cookie } })).text();
  const file = join(work, "status.json");
  writeFileSync(file, body);
  const bare = spawnChild("bareHono.ts", [file], {});
  try {
    const bareUrl = await bare.url;
    const [ours] = await runLoad({
      seconds: SECONDS,
      parts: [{ url, connections: 10, get: { path, headers: h } }],
    });
    const [ceiling] = await runLoad({
      seconds: SECONDS,
      parts: [{ url: bareUrl, connections: 10, get: { path: "/status", headers: null } }],
    });
    const o = combine([ours as LoadResult]);
    const c = combine([ceiling as LoadResult]);
    const name = `GET status, ${ACTIVITIES}-activity plan (${(body.length / 1024).toFixed(0)} KB), 10 clients`;
    const base = "bare hono route, same bytes";
    for (const p of ["p50", "p99"] as const) {
      report({
        package: "dashboard",
        benchmark: `${name}: ${p} latency`,
        ours: o[p],
        baseline: c[p],
        baselineName: base,
        unit: "ms",
        ratio: o[p] / Math.max(c[p], 0.001),
        ...(o.note ? { note: o.note } : {}),
      });
    }
    report({
      package: "dashboard",
      benchmark: `${name}: throughput`,
      ours: o.perSecond,
      baseline: c.perSecond,
      baselineName: base,
      unit: "req/s",
      ratio: o.perSecond / c.perSecond,
    });
  } finally {
    await bare.stop();
  }
}

async function postgresScenarios(): Promise<void> {
  const binDir = findPgBinDir();
  if (!binDir) {
    console.log("PostgreSQL benchmarks skipped: PostgreSQL is not installed (initdb/pg_ctl)");
    return;
  }
  removeStaleClusters();
  const cluster = await startPgCluster(binDir, { durable: true });
  try {
    const prepared = await prepareBenchStore(cluster.url, { activities: ACTIVITIES, history: HISTORY });
    const env = { KEHOACH_DATABASE_URL: cluster.url, KEHOACH_SECRET: secret, KEHOACH_DATA_DIR: work };
    const servers = [
      spawnChild("benchServer.ts", [], env, true),
      spawnChild("benchServer.ts", [], env, true),
    ];
    try {
      const urls = await Promise.all(servers.map((s) => s.url));
      await postScenarios("2 server processes on PostgreSQL", cluster.url, urls, prepared, {
        rate: "≥ 500 events/s",
        base: "bare store.append, PostgreSQL",
      });
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  } finally {
    cluster.stop();
  }
}

async function buildUi(): Promise<string> {
  const uiDir = join(work, "ui");
  await build({
    configFile: join(app, "vite.config.ts"),
    root: join(app, "src/ui"),
    logLevel: "warn",
    build: { outDir: uiDir, emptyOutDir: true },
  });
  return uiDir;
}

/** Time to the first rendered table and to a filtered result in headless Chromium, signed in. */
async function browserScenarios(url: string): Promise<void> {
  const h = await login(url, "ubnd-quan", BENCH_PASSWORD);
  const cookies = h.cookie.split("; ").map((c) => {
    const [name = "", value = ""] = c.split("=");
    return { name, value, url };
  });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-sync",
    ],
  });
  const firstTable: number[] = [];
  const filtered: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      await context.addCookies(cookies);
      await context.addInitScript(`localStorage.setItem("kehoach.plan", ${JSON.stringify(BIG_PLAN)})`);
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${url}/hoat-dong`);
      await page.locator('[data-testid="activity-table"] tbody tr[data-activity]').first().waitFor();
      firstTable.push(performance.now() - start);
      // In the page: type a search, wait until the count line shows the filtered result.
      const ms = await page.evaluate(`(async () => {
        const input = document.querySelector('input[name="q"]');
        const count = document.querySelector('[data-testid="activity-count"]');
        const before = count.textContent;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
        const t0 = performance.now();
        setter.call(input, "khuong dinh");
        input.dispatchEvent(new Event("input", { bubbles: true }));
        while (count.textContent === before) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      })()`);
      filtered.push(Number(ms));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  report({
    package: "dashboard",
    benchmark: "first rendered table (Chromium, median of 3)",
    ours: median(firstTable),
    unit: "ms",
    target: "< 1500 ms",
  });
  report({
    package: "dashboard",
    benchmark: 'search "khuong dinh" to filtered table',
    ours: median(filtered),
    unit: "ms",
    target: "< 100 ms",
  });
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");
console.log(`load average before: ${load()} (2 cores shared; ratios are measured side by side)`);
try {
  await sqliteScenarios();
  if (SCENARIOS.has("postgres")) await postgresScenarios();
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`load average after: ${load()}`);
