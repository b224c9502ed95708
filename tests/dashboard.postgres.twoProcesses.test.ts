import { once } from "node:events";
import { join } from "node:path";
import { openStore } from "@kehoach/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NpmDashboard, startDashboardProcess } from "./helpers/startNpmDashboard.ts";
import { findPostgresBinDir, startPostgres, type ThrowawayPostgres } from "./helpers/startPostgres.ts";
import { requireSystemComponent } from "./helpers/systemComponent.ts";

// Scale-out: two dashboard processes (the server `npm start` runs, each its own
// node process) on one PostgreSQL, as behind a load balancer. Each is told of
// the other's events by PostgreSQL LISTEN/NOTIFY (its GETs do not read the
// log: a live runtime), so it shows them within moments; concurrent writers to
// one activity take turns on the plan's advisory lock and lose nothing (no
// version conflict), and the log verifies.

const PASSWORD = "mat-khau-hai-tien-trinh";
const SECRET = "hai-tien-trinh-mot-bi-mat-chung-0123456789";
const PLAN = "ke-hoach-70-nam-giai-phong-thu-do";
const app = join(import.meta.dirname, "../apps/dashboard");
const pgBin = findPostgresBinDir();
const run = requireSystemComponent(
  pgBin !== null,
  "PostgreSQL (initdb, pg_ctl)",
  "dashboard two-process PostgreSQL test",
);

type Server = NpmDashboard;

/** The dashboard's server (`src/server/main.ts`, as `npm start` runs it) in a child process; resolves with its URL. */
function startServer(databaseUrl: string): Promise<Server> {
  return startDashboardProcess(
    process.execPath,
    ["--conditions=@kehoach/source", "--import", "tsx", join(app, "src/server/main.ts")],
    {
      cwd: app,
      env: { KEHOACH_DATABASE_URL: databaseUrl, KEHOACH_SECRET: SECRET, KEHOACH_DEMO_PASSWORD: PASSWORD },
      timeoutMs: 120_000,
      label: "the dashboard server",
    },
  );
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = once(server.child, "exit");
  server.child.kill("SIGTERM");
  await exited;
}

describe.skipIf(!run)("two dashboard processes on one PostgreSQL", () => {
  let pg: ThrowawayPostgres | undefined;
  let a: Server | undefined;
  let b: Server | undefined;
  let headers: Record<string, string>;

  beforeAll(async () => {
    pg = await startPostgres(pgBin ?? "");
    // The first start seeds the plans and the demo accounts; the second finds them there.
    a = await startServer(pg.url);
    b = await startServer(pg.url);
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "ttvh", password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    headers = { "content-type": "application/json", cookie, "x-csrf-token": csrfToken };
  }, 300_000);

  afterAll(async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    pg?.stop();
  });

  const post = (server: Server, activity: string, body: unknown) =>
    fetch(`${server.url}/api/plans/${PLAN}/activities/${activity}/events`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
  const detail = async (server: Server, activity: string) =>
    (await (await fetch(`${server.url}/api/plans/${PLAN}/activities/${activity}`, { headers })).json()) as {
      state: { status: string; context: { percent: number | null; progress: unknown[] } };
      events: { position: number; event: { id: string } }[];
    };

  /** Asks `server` for the activity until `holds`, every 25 ms, failing after a generous 30 s (no timing asserted). */
  const until = async (
    server: Server,
    activity: string,
    holds: (d: Awaited<ReturnType<typeof detail>>) => boolean,
  ) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const d = await detail(server, activity);
      if (holds(d)) return d;
      if (Date.now() > deadline) throw new Error(`${server.url} never showed the expected ${activity}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it("each process is told what the other recorded (LISTEN/NOTIFY) and shows it", async () => {
    const servers = [a, b] as Server[];
    expect((await post(servers[0] as Server, "t1-3.1", { type: "START" })).status).toBe(201);
    // b does not read the log on a GET: it shows the START once a's notification reached it.
    await until(servers[1] as Server, "t1-3.1", (d) => d.state.status === "inProgress");
    expect(
      (await post(servers[1] as Server, "t1-3.1", { type: "PROGRESS", payload: { percent: 10 } })).status,
    ).toBe(201);
    await until(servers[0] as Server, "t1-3.1", (d) => d.state.context.percent === 10);
  });

  it("takes 40 PROGRESS sent to both at once on one activity: none lost, none twice, the chain intact", async () => {
    const servers = [a, b] as Server[];
    const ids = Array.from({ length: 40 }, () => crypto.randomUUID());
    const answers = await Promise.all(
      ids.map(async (id, i) => {
        const r = await post(servers[i % 2] as Server, "t1-3.2", {
          id,
          type: i === 0 ? "START" : "PROGRESS",
          ...(i === 0 ? {} : { payload: { percent: i } }),
        });
        return {
          status: r.status,
          code: r.status === 201 ? null : ((await r.json()) as { error?: { code?: string } }).error?.code,
        };
      }),
    );
    const statuses = answers.map((r) => r.status);
    // A PROGRESS may come before the START (409 invalid transition); everything acknowledged is stored once.
    const acknowledged = ids.filter((_, i) => statuses[i] === 201);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    // The two processes take turns on the plan's lock: none loses a race for the activity.
    expect(answers.filter((r) => r.code === "event.version-conflict")).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    const sorted = [...acknowledged].sort();
    for (const server of servers) {
      await until(server, "t1-3.2", (d) => d.events.length >= acknowledged.length);
      const d = await detail(server, "t1-3.2");
      expect(d.events.map((e) => e.event.id).sort()).toEqual(sorted);
    }
    const store = await openStore(pg?.url ?? "");
    try {
      expect(await store.verify()).toMatchObject({ ok: true });
      expect(await store.streamVersion(PLAN, "t1-3.2")).toBe(acknowledged.length);
    } finally {
      await store.close();
    }
  });
});
