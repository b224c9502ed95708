import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKehoach } from "@kehoach/core";
import { phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningDashboard,
  readDashboardConfig,
  startDashboard,
} from "../apps/dashboard/src/server/index.ts";
import { buildDashboardUi } from "./helpers/buildDashboardUi.ts";
import { dashboardPage } from "./helpers/dashboardPage.ts";
import { chromiumPath, hasChromium, launchChromium } from "./helpers/launchChromium.ts";
import { findPostgresBinDir, startPostgres, type ThrowawayPostgres } from "./helpers/startPostgres.ts";
import { requireSystemComponent } from "./helpers/systemComponent.ts";

// The dashboard's lifecycle flow once against PostgreSQL: a throwaway cluster
// started here, the server started on KEHOACH_DATABASE_URL=postgres://… exactly
// as `npm start` reads it (first start seeds both plans and the demo accounts
// into PostgreSQL), and chromium driving the UI.

const PASSWORD = "mat-khau-postgres";
const pgBin = findPostgresBinDir();
const run =
  requireSystemComponent(hasChromium, `chromium (${chromiumPath})`, "dashboard PostgreSQL browser test") &&
  requireSystemComponent(pgBin !== null, "PostgreSQL (initdb, pg_ctl)", "dashboard PostgreSQL browser test");

describe.skipIf(!run)("the dashboard on PostgreSQL in Chromium", () => {
  let work: string;
  let pg: ThrowawayPostgres | undefined;
  let server: RunningDashboard;
  let context: BrowserContext;
  let page: Page;
  let ui: ReturnType<typeof dashboardPage>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kehoach-dashboard-pg-ui-"));
    const uiDir = join(work, "ui");
    const [cluster] = await Promise.all([startPostgres(pgBin ?? ""), buildDashboardUi(uiDir)]);
    pg = cluster;
    const config = readDashboardConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      KEHOACH_DATABASE_URL: cluster.url,
      KEHOACH_DEMO_PASSWORD: PASSWORD,
    });
    const plugins = createKehoach({ plugins: [thanhXuan70, phuongBaDinh80] }).plugins;
    server = await startDashboard({ config, plugins, uiDir, log: () => {} });
    context = await launchChromium(join(work, "profile"));
    page = context.pages()[0] ?? (await context.newPage());
    ui = dashboardPage(page, server.url, PASSWORD);
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    pg?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("seeds PostgreSQL on first start: both plans and the demo accounts", async () => {
    expect(server.store.url).toMatch(/^postgres(ql)?:/);
    expect(server.seed?.plans.map((p) => p.id)).toEqual([
      "ke-hoach-70-nam-giai-phong-thu-do",
      "ke-hoach-phuong-ba-dinh-80",
    ]);
    expect(server.seed?.accounts.map((a) => a.username)).toContain("ttvh");
  });

  it("runs 3.1 through start, report, return, report and reward, and the audit log verifies", async () => {
    await ui.login("ttvh");
    await page.goto(ui.url("/hoat-dong/t1-3.1"));
    await ui.act("START-activity", { note: "Đã phát động cuộc thi" });
    await ui.act("REPORT-activity", { results: "Tổ chức thi cấp quận, 12 phường tham gia" });
    await ui.logout();

    await ui.login("ubnd-quan");
    await page.goto(ui.url("/hoat-dong/t1-3.1"));
    await ui.act("RETURN-activity", { reason: "Bổ sung số liệu cấp phường" });
    await ui.logout();

    await ui.login("ttvh");
    await page.goto(ui.url("/hoat-dong/t1-3.1"));
    await ui.act("REPORT-activity", { results: "Tổ chức thi cấp quận và 11 phường" });
    await ui.logout();

    await ui.login("ubnd-quan");
    await page.goto(ui.url("/hoat-dong/t1-3.1"));
    await ui.act("REWARD-activity", { decisionNumber: "123", decisionDate: "2024-10-20" });
    expect(await ui.timelineTypes()).toEqual(["START", "REPORT", "RETURN", "REPORT", "REWARD"]);
    expect(await page.locator(".status-line").textContent()).toContain("Đã khen thưởng");

    // The events are in PostgreSQL: the store answers them, and its hash chain verifies.
    const stored = await server.store.listPlans();
    expect(stored.map((p) => p.plan)).toContain("ke-hoach-70-nam-giai-phong-thu-do");
    const verified = await server.store.verify();
    expect([verified.ok, verified.checked]).toEqual([true, 5]);

    await page.goto(ui.url("/nhat-ky"));
    await page.locator('[data-testid="integrity"]').waitFor();
    expect(await page.locator('[data-testid="integrity"]').textContent()).toContain("5");
    expect(await page.locator('[data-testid="audit-table"] tbody tr').count()).toBe(5);
    await ui.logout();
  });
});
