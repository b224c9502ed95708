// One plan, one event log, three surfaces: `kehoach status --json`, `exportPlan`'s
// progress report and the dashboard API must agree on every activity's state as of
// each date, for a plan with the core lifecycle (Thanh Xuân) and one whose plugin
// adds an approval step (Ba Đình). Every surface goes through core's plan runtime.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runCli } from "@kehoach/cli";
import { type Activity, createKehoach, type Plan, type Plugin, wardPartIds } from "@kehoach/core";

import { exportPlan } from "@kehoach/export";
import { ISSUER_ID, phuongBaDinh80, REWARD_COUNCIL_ID } from "@kehoach/plugin-phuong-ba-dinh-80";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openStore, type Store } from "@kehoach/store";
import { afterAll, describe, expect, it } from "vitest";
import { createDashboardApp, createPlanRegistry, seedStore } from "../apps/dashboard/src/server/index.ts";

const PASSWORD = "mat-khau-thu-nghiem";
const DATES = ["2025-03-31", "2025-08-31", "2025-12-31"];
const plugins: Plugin[] = [thanhXuan70, phuongBaDinh80];
const dir = mkdtempSync(join(tmpdir(), "kehoach-cross-surface-"));
const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

const decision = (issuer: string) => ({
  kind: "decision",
  number: "88",
  symbol: "QĐ-UBND",
  date: "2025-09-01",
  month: null,
  issuer,
  subject: null,
  text: `Quyết định số 88/QĐ-UBND ngày 01/9/2025 của ${issuer}`,
});

/** Activities a single lead unit runs, without ward parts: each moves through the lifecycle at its own pace. */
function simpleActivities(plan: Plan): Activity[] {
  return plan.activities.filter(
    (a) =>
      !a.isSection &&
      wardPartIds(a).length === 0 &&
      a.leads.length === 1 &&
      a.leads[0]?.scope !== "group" &&
      a.leads[0]?.unitId != null,
  );
}

/**
 * The log, written by hand for each plan: activity i starts in month 2 + i, reports
 * a month later, and (every other one) is approved and rewarded in September;
 * Ba Đình's first reward comes straight after the report, which its lifecycle refuses.
 */
function eventLog(plan: Plan, approval: boolean): unknown[] {
  const issuer = plan.issuer.unitId ?? "";
  const rewarder = approval ? REWARD_COUNCIL_ID : issuer;
  const out: unknown[] = [];
  simpleActivities(plan)
    .slice(0, 8)
    .forEach((a, i) => {
      const lead = a.leads[0]?.unitId ?? "";
      const at = (month: number, day: number) =>
        `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T09:00:00+07:00`;
      const e = (type: string, unit: string, when: string, payload: object = {}) =>
        out.push({ id: `${plan.id}-${a.id}-${type}`, activity: a.id, type, by: { unit }, at: when, payload });
      e("START", lead, at(2 + (i % 4), 10));
      if (i % 4 === 3) return;
      e("REPORT", lead, at(3 + (i % 4), 20), {
        results: { district: { text: "Đã hoàn thành các nội dung" } },
      });
      if (i % 2 === 1) return;
      const reward = {
        decision: decision(plan.issuer.name),
        form: "Giấy khen",
        recipients: [{ kind: "collective", name: a.leads[0]?.name ?? "Tập thể" }],
      };
      if (approval && i === 0)
        out.push({
          id: `${plan.id}-${a.id}-early`,
          activity: a.id,
          type: "REWARD",
          by: { unit: rewarder },
          at: at(8, 25),
          payload: reward,
        });
      if (approval) e("APPROVE", ISSUER_ID, at(8, 28));
      e("REWARD", rewarder, at(9, 5), reward);
    });
  return out;
}

async function seeded(): Promise<{ store: Store; plans: Plan[] }> {
  const store = await openStore("memory:");
  stores.push(store);
  const seed = await seedStore(store, { plugins, password: PASSWORD });
  const plans = await Promise.all(seed.plans.map(async (p) => (await store.getPlan(p.id)) as Plan));
  return { store, plans };
}

/** Each activity's status as the CLI tells it (run in-process, its output kept in memory). */
async function viaCli(planFile: string, eventsFile: string, asOf: string): Promise<Map<string, string>> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (d: Buffer) => chunks.push(d));
  const io = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} };
  await runCli(["status", planFile, "--events", eventsFile, "--as-of", asOf, "--json"], io);
  const out = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
    activities: { id: string; status: string; isSection: boolean }[];
  };
  return new Map(out.activities.filter((a) => !a.isSection).map((a) => [a.id, a.status]));
}

/** Each activity's state words as the progress report writes them. */
async function viaExport(plan: Plan, events: unknown[], asOf: string): Promise<Map<string, string>> {
  const kehoach = createKehoach({ plugins });
  const result = await exportPlan(plan, { report: "progress", format: "md", asOf, events, kehoach });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.en).join("; "));
  const words = new Map<string, string>();
  const tables = result.report.parts.flatMap((p) =>
    p.blocks.flatMap((b) => (b.type === "table" ? [b.table] : [])),
  );
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.kind === "item" && row.activity) words.set(row.activity.id, row.cells.status?.text ?? "");
    }
  }
  return words;
}

describe("the same plan and log through the CLI, the export and the dashboard", () => {
  it("gives every activity the same state as of three dates, for both plans", async () => {
    const { store, plans } = await seeded();
    const registry = createPlanRegistry(store, plugins);
    const app = createDashboardApp({ store, plans: registry, plugins, secret: "s".repeat(40), uiDir: null });
    // Each plan is read by its own office (the dashboard keeps plans private to their offices).
    const cookieOf = async (username: string) => {
      const login = await app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      // Every cookie the login set (the session and its signed last-used stamp), as a browser sends them.
      return login.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
    };
    expect(plans.map((p) => p.plugins?.map((x) => x.id))).toEqual([["thanh-xuan-70"], ["phuong-ba-dinh-80"]]);

    for (const plan of plans) {
      const approval = plan.plugins?.[0]?.id === "phuong-ba-dinh-80";
      const cookie = await cookieOf(approval ? "ubnd-ba-dinh" : "ubnd-quan");
      const events = eventLog(plan, approval);
      for (const e of events as { activity: string }[]) {
        await store.append({ plan: plan.id, activity: e.activity, events: [e as never] });
      }
      const planFile = join(dir, `${plan.id}.json`);
      const eventsFile = join(dir, `${plan.id}.jsonl`);
      writeFileSync(planFile, JSON.stringify(plan));
      writeFileSync(eventsFile, events.map((e) => JSON.stringify(e)).join("\n"));
      const runtime = (await registry.get(plan.id))!;
      expect(runtime.rejectedOnLoad().map((r) => r.error.code)).toEqual(
        approval ? ["lifecycle.invalid-transition"] : [],
      );

      const seen = new Set<string>();
      for (const asOf of DATES) {
        const cli = await viaCli(planFile, eventsFile, asOf);
        const report = await viaExport(plan, events, asOf);
        const response = await app.request(`/api/plans/${plan.id}/activities?asOf=${asOf}`, {
          headers: { cookie },
        });
        expect(response.status, await response.clone().text()).toBe(200);
        const api = (await response.json()) as {
          activities: { id: string; status: string; isSection: boolean }[];
        };
        const dashboard = new Map(api.activities.filter((a) => !a.isSection).map((a) => [a.id, a.status]));
        expect(dashboard.size).toBe(cli.size);
        for (const [id, status] of cli) {
          expect(dashboard.get(id), `${plan.id} ${id} ${asOf}`).toBe(status);
          expect(report.get(id)?.split("\n")[0], `${plan.id} ${id} ${asOf}`).toBe(
            runtime.lifecycle.label(status).vi,
          );
          seen.add(status);
        }
      }
      // The log moves activities through every state of the plan's lifecycle but cancelled.
      expect([...seen].sort()).toEqual(
        (approval
          ? ["planned", "inProgress", "reported", "approved", "rewarded"]
          : ["planned", "inProgress", "reported", "rewarded"]
        ).sort(),
      );
    }
  });
});
