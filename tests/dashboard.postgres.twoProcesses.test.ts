import { once } from "node:events";
import { join } from "node:path";
import { openStore } from "@kehoach/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NpmDashboard, startDashboardProcess } from "./helpers/startNpmDashboard.ts";
import { findPostgresBinDir, startPostgres, type ThrowawayPostgres } from "./helpers/startPostgres.ts";
import { requireSystemComponent } from "./helpers/systemComponent.ts";

// Scale-out: two dashboard processes (the server `npm start` runs, each its own
// node process) on one PostgreSQL, as behind a load balancer. Each sees the
// other's events on its next request, concurrent writers to one activity lose
// nothing, and the log verifies.

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

  it("each process sees what the other recorded, at once", async () => {
    const servers = [a, b] as Server[];
    expect((await post(servers[0] as Server, "t1-3.1", { type: "START" })).status).toBe(201);
    expect((await detail(servers[1] as Server, "t1-3.1")).state.status).toBe("inProgress");
    expect(
      (await post(servers[1] as Server, "t1-3.1", { type: "PROGRESS", payload: { percent: 10 } })).status,
    ).toBe(201);
    expect((await detail(servers[0] as Server, "t1-3.1")).state.context.percent).toBe(10);
  });

  it("takes 40 PROGRESS sent to both at once on one activity: none lost, none twice, the chain intact", async () => {
    const servers = [a, b] as Server[];
    const ids = Array.from({ length: 40 }, () => crypto.randomUUID());
    const statuses = await Promise.all(
      ids.map(async (id, i) => {
        const r = await post(servers[i % 2] as Server, "t1-3.2", {
          id,
          type: i === 0 ? "START" : "PROGRESS",
          ...(i === 0 ? {} : { payload: { percent: i } }),
        });
        return r.status;
      }),
    );
    // The START may lose the race to a PROGRESS (409 invalid transition); everything acknowledged is stored once.
    const acknowledged = ids.filter((_, i) => statuses[i] === 201);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const server of servers) {
      const d = await detail(server, "t1-3.2");
      expect(d.events.map((e) => e.event.id).sort()).toEqual([...acknowledged].sort());
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
