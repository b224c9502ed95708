// Records the dashboard's HTTP answers to a fixed script (events accepted and refused, every body
// limit, the reads) over a real socket, on a SQLite file store with fixed clocks and event ids: one JSON
// line per answer (status, headers but date and cookies, sha256 and size of the body). Run it on two
// commits and compare the files to show that a speed-up changed no answer:
//   cd apps/dashboard && node --conditions=@kehoach/source --import tsx bench/recordAnswers.ts > answers.jsonl
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openStore } from "@kehoach/store";
import { createDashboardApp } from "../src/server/createDashboardApp";
import { createPlanRegistry } from "../src/server/plan/createPlanRegistry";
import { seedStore } from "../src/server/seed/seedStore";
import { login } from "./login";

const PASSWORD = "mat-khau-thu-nghiem";
const PLAN = "ke-hoach-70-nam-giai-phong-thu-do";
const fixed = Date.parse("2024-09-10T01:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "answers-"));
const store = await openStore(`sqlite:${join(dir, "k.sqlite")}`, { now: () => new Date(fixed) });
await seedStore(store, { plugins: [thanhXuan70], password: PASSWORD });
const app = createDashboardApp({
  store,
  plans: createPlanRegistry(store, [thanhXuan70]),
  plugins: [thanhXuan70],
  secret: "s".repeat(40),
  uiDir: null,
  now: () => fixed,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const out: string[] = [];
const record = async (name: string, rp: Response | Promise<Response>) => {
  let r: Response;
  try {
    r = await rp;
  } catch (error) {
    out.push(JSON.stringify({ name, failed: String((error as Error).cause ?? error) }));
    return;
  }
  const body = Buffer.from(await r.arrayBuffer());
  const headers = [...r.headers].filter(
    ([k]) => !["date", "set-cookie", "keep-alive", "connection"].includes(k),
  );
  const line = JSON.stringify({
    name,
    status: r.status,
    headers,
    sha: createHash("sha256").update(body).digest("hex"),
    size: body.length,
    text: body.length < 3000 ? body.toString("utf8") : undefined,
  });
  out.push(line);
};
const ttvh = await login(url, "ttvh", PASSWORD);
const haDinh = await login(url, "ha-dinh", PASSWORD);
const xem = await login(url, "xem", PASSWORD);
const quan = await login(url, "ubnd-quan", PASSWORD);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const post = (
  who: { cookie: string; csrfToken: string },
  activity: string,
  body: unknown,
  extra: RequestInit = {},
  headers: Record<string, string> = {},
) =>
  fetch(`${url}/api/plans/${PLAN}/activities/${activity}/events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: who.cookie,
      "x-csrf-token": who.csrfToken,
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...extra,
  });
const get = (who: { cookie: string } | null, path: string) =>
  fetch(`${url}${path}`, { headers: who ? { cookie: who.cookie } : {} });
await record("start 3.1", post(ttvh, "t1-3.1", { id: id(1), type: "START" }));
for (let i = 0; i < 5; i++)
  await record(
    `progress ${i}`,
    post(ttvh, "t1-3.1", {
      id: id(10 + i),
      type: "PROGRESS",
      payload: { percent: 10 * (i + 1), note: `đợt ${i}` },
    }),
  );
await record(
  "resend same",
  post(ttvh, "t1-3.1", { id: id(10), type: "PROGRESS", payload: { percent: 10, note: "đợt 0" } }),
);
await record("id reused", post(ttvh, "t1-3.1", { id: id(10), type: "PROGRESS", payload: { percent: 99 } }));
await record("unknown key", post(ttvh, "t1-3.1", { type: "PROGRESS", payload: { percent: 5, extra: 1 } }));
await record("not lead", post(haDinh, "t1-3.1", { id: id(30), type: "PROGRESS", payload: { percent: 5 } }));
await record("viewer", post(xem, "t1-3.1", { type: "PROGRESS", payload: { percent: 5 } }));
await record("unknown activity", post(ttvh, "t1-nope", { id: id(31), type: "START" }));
await record("invalid transition", post(ttvh, "t1-3.2", { id: id(32), type: "REPORT", payload: {} }));
await record("malformed", post(ttvh, "t1-3.1", "{nope"));
await record("wrong type", post(ttvh, "t1-3.1", "x", {}, { "content-type": "text/plain" }));
let deep = "1";
for (let i = 0; i < 40; i++) deep = `[${deep}]`;
await record("too deep", post(ttvh, "t1-3.1", `{"type":"PROGRESS","payload":{"percent":${deep}}}`));
await record(
  "too large declared",
  post(ttvh, "t1-3.1", JSON.stringify({ type: "PROGRESS", payload: { note: "x".repeat(300_000) } })),
);
const chunked = (text: string) =>
  ({
    body: new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(text));
        c.close();
      },
    }),
    duplex: "half",
  }) as RequestInit;
await record(
  "chunked small",
  post(
    ttvh,
    "t1-3.1",
    "",
    chunked(JSON.stringify({ id: id(40), type: "PROGRESS", payload: { percent: 70 } })),
  ),
);
await record(
  "chunked too large",
  post(
    ttvh,
    "t1-3.1",
    "",
    chunked(JSON.stringify({ type: "PROGRESS", payload: { note: "x".repeat(300_000) } })),
  ),
);
await record(
  "no csrf",
  fetch(`${url}/api/plans/${PLAN}/activities/t1-3.1/events`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: ttvh.cookie },
    body: "{}",
  }),
);
await record(
  "anonymous post",
  fetch(`${url}/api/plans/${PLAN}/activities/t1-3.1/events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  }),
);
await record("ward start", post(haDinh, "t1-2.2", { id: id(50), type: "START", ward: "ha-dinh" }));
await record(
  "report 3.1",
  post(ttvh, "t1-3.1", {
    id: id(60),
    type: "REPORT",
    payload: { results: { district: { text: "Đã tổ chức" } } },
  }),
);
for (const p of [
  "/api/health",
  `/api/plans`,
  `/api/plans/${PLAN}`,
  `/api/plans/${PLAN}/status`,
  `/api/plans/${PLAN}/status?asOf=2024-09-01`,
  `/api/plans/${PLAN}/activities`,
  `/api/plans/${PLAN}/activities?q=van+hoa`,
  `/api/plans/${PLAN}/activities/t1-3.1`,
  `/api/plans/${PLAN}/activities/t1-3.1/events?limit=3`,
  `/api/plans/${PLAN}/activities/t1-3.1/events?afterPosition=3`,
  `/api/plans/${PLAN}/events`,
  `/api/plans/${PLAN}/diff?from=2024-09-01&to=2024-09-10`,
  `/api/plans/${PLAN}/rewards`,
  `/api/plans/${PLAN}/exports`,
  `/api/plans/${PLAN}/export?report=progress&format=md`,
  `/api/plans/${PLAN}/export?report=plan&format=json`,
  `/api/audit?limit=50`,
]) {
  await record(`GET ${p}`, get(quan, p));
}
await record("anonymous get", get(null, `/api/plans/${PLAN}/status`));
console.log(out.join("\n"));
server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
