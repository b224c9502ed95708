import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKehoach } from "@kehoach/core";
import { PLAN_ID as BA_DINH, phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openStore } from "@kehoach/store";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningDashboard,
  readDashboardConfig,
  seedStore,
  startDashboard,
} from "../apps/dashboard/src/server/index.ts";
import { buildDashboardUi } from "./helpers/buildDashboardUi.ts";
import { dashboardPage } from "./helpers/dashboardPage.ts";
import { chromiumPath, hasChromium, launchChromium } from "./helpers/launchChromium.ts";
import { requireSystemComponent } from "./helpers/systemComponent.ts";

// The dashboard in a real browser: Debian's chromium driven by playwright-core
// against the real server (SQLite in a temporary folder, the UI built by Vite),
// with both shipped plugins registered as `npm start` does.

const root = join(import.meta.dirname, "..");
const artifacts = join(root, "tests/artifacts");
const PASSWORD = "mat-khau-thu-nghiem";
const PLAN = "ke-hoach-70-nam-giai-phong-thu-do";
const plugins = createKehoach({ plugins: [thanhXuan70, phuongBaDinh80] }).plugins;
/** An API answer as the page saw it. */
interface PageAnswer {
  status: number;
  body: { error: { code: string; vi: string; en: string } };
}

const HOSTILE = `<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 1">`;

const run = requireSystemComponent(hasChromium, `chromium (${chromiumPath})`, "dashboard browser tests");

describe.skipIf(!run)("the dashboard in Chromium", () => {
  let work: string;
  let server: RunningDashboard;
  let context: BrowserContext;
  let page: Page;
  let ui: ReturnType<typeof dashboardPage>;

  const url = (path: string) => `${server.url}${path}`;
  const login = (username: string) => ui.login(username);
  const logout = () => ui.logout();
  const act = (action: string, fields: Record<string, string> = {}) => ui.act(action, fields);

  /** A mutation from inside the page with the session's CSRF token, as the UI sends it. */
  function postFromPage(path: string, body: unknown) {
    return page.evaluate(
      async ({ path, body }) => {
        const me = (await (await fetch("/api/auth/me")).json()) as { csrfToken: string };
        const r = await fetch(path, {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
          body: JSON.stringify(body),
        });
        return { status: r.status, body: (await r.json()) as PageAnswer["body"] };
      },
      { path, body },
    );
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kehoach-dashboard-"));
    mkdirSync(artifacts, { recursive: true });
    const uiDir = join(work, "ui");
    await buildDashboardUi(uiDir);
    // First start as `npm start` does it, then a second plan version whose cell
    // carries markup, as a hostile document would after import.
    const dataDir = join(work, "data");
    mkdirSync(dataDir);
    const store = await openStore(`sqlite:${join(dataDir, "kehoach.sqlite")}`);
    await seedStore(store, { plugins, password: PASSWORD });
    const plan = await store.getPlan(PLAN);
    if (!plan) throw new Error("the seed plan was not imported");
    await store.savePlan({
      ...plan,
      activities: plan.activities.map((a) =>
        a.id === "t1-5.5" ? { ...a, title: `${a.title} ${HOSTILE}` } : a,
      ),
    });
    await store.close();
    const config = readDashboardConfig({ PORT: "0", HOST: "127.0.0.1", KEHOACH_DATA_DIR: dataDir });
    server = await startDashboard({ config, plugins, uiDir, log: () => {} });
    context = await launchChromium(join(work, "profile"));
    page = context.pages()[0] ?? (await context.newPage());
    ui = dashboardPage(page, server.url, PASSWORD);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("answers the health check", async () => {
    const response = await fetch(url("/api/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("serves the overview with the classification cards, in Vietnamese, and saves a screenshot", async () => {
    await login("xem"); // reads need a signed-in account
    const response = await page.goto(url("/"));
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
    await page.locator('[data-testid="class-cards"] li').first().waitFor();
    expect(await page.locator('[data-testid="class-cards"] li').count()).toBe(6);
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.locator("nav").textContent()).toContain("Tổng quan");
    expect(await page.locator('[data-testid="countdown"]').textContent()).toContain("Ngày Giải phóng Thủ đô");
    await page.screenshot({ path: join(artifacts, "dashboard-overview.png"), fullPage: true });
  });

  it("switches the language to English and back", async () => {
    await login("xem"); // reads need a signed-in account
    await page.goto(url("/"));
    await page.locator("button", { hasText: "English" }).click();
    await expect.poll(() => page.getAttribute("html", "lang"), { timeout: 15_000 }).toBe("en");
    expect(await page.locator("nav").textContent()).toContain("Overview");
    expect(await page.locator("nav").textContent()).toContain("Audit log");
    await page.locator("button", { hasText: "Tiếng Việt" }).click();
    await expect.poll(() => page.locator("nav").textContent(), { timeout: 15_000 }).toContain("Nhật ký");
  });

  it("finds Khương Đình without accents and filters by ward", async () => {
    await login("xem"); // reads need a signed-in account
    await page.goto(url("/hoat-dong"));
    await page.locator('[data-testid="activity-table"]').waitFor();
    const total = await page.locator('[data-testid="activity-table"] tbody tr').count();
    await page.locator('input[name="q"]').fill("khuong dinh");
    await expect
      .poll(() => page.locator('[data-testid="activity-table"] tbody tr').count(), { timeout: 15_000 })
      .toBeLessThan(total);
    expect(await page.locator('tr[data-activity="t1-2.2"]').count()).toBe(1);
    await page.locator('input[name="q"]').fill("");
    await expect
      .poll(() => page.locator('[data-testid="activity-table"] tbody tr').count(), { timeout: 15_000 })
      .toBe(total);
    await page.locator('select[name="ward"]').selectOption("kim-giang");
    await expect
      .poll(() => page.locator('[data-testid="activity-table"] tbody tr').count(), { timeout: 15_000 })
      .toBeLessThan(total);
    expect(await page.locator('tr[data-activity="t1-2.2"]').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, "dashboard-activities.png"), fullPage: true });
  });

  it("renders a plan cell's markup as text: no script runs", async () => {
    await login("xem"); // reads need a signed-in account
    await page.goto(url("/hoat-dong/t1-5.5"));
    await page.locator('[data-testid="activity-title"]').waitFor();
    expect(await page.locator('[data-testid="activity-title"]').textContent()).toContain("<script>");
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.locator("main img").count()).toBe(0);
  });

  it("runs 3.1 through start, report, return, report and reward", async () => {
    await login("ttvh");
    await page.goto(url("/hoat-dong/t1-3.1"));
    await act("START-activity", { note: "Đã phát động cuộc thi" });
    await act("REPORT-activity", { results: "Tổ chức thi cấp quận, 12 phường tham gia" });
    await logout();

    await login("ubnd-quan");
    await page.goto(url("/hoat-dong/t1-3.1"));
    await page.locator('form[data-action="REWARD-activity"]').waitFor();
    // Thanh Xuân's plan runs the core lifecycle: Ba Đình's approval step is not offered here.
    expect(await page.locator('form[data-action="APPROVE-activity"]').count()).toBe(0);
    await act("RETURN-activity", { reason: "Bổ sung số liệu cấp phường" });
    await logout();

    await login("ttvh");
    await page.goto(url("/hoat-dong/t1-3.1"));
    await act("REPORT-activity", { results: "Tổ chức thi cấp quận và 11 phường; 3 giải cấp Thành phố" });
    await logout();

    await login("ubnd-quan");
    await page.goto(url("/hoat-dong/t1-3.1"));
    await act("REWARD-activity", { decisionNumber: "123", decisionDate: "2024-10-20" });
    const types = await page
      .locator('[data-testid="timeline"] li')
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-type")));
    expect(types).toEqual(["START", "REPORT", "RETURN", "REPORT", "REWARD"]);
    expect(await page.locator(".status-line").textContent()).toContain("Đã khen thưởng");
    await page.screenshot({ path: join(artifacts, "dashboard-activity-detail.png"), fullPage: true });

    await page.goto(url("/"));
    await page.locator('[data-testid="class-cards"] li').first().waitFor();
    const completed = await page.locator('[data-class="completed-on-time"], [data-class="completed-late"]');
    const counts = await completed.locator(".card-count").allInnerTexts();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(1);

    await page.goto(url("/nhat-ky"));
    await page.locator('[data-testid="integrity"]').waitFor();
    expect(await page.locator('[data-testid="integrity"]').textContent()).toContain("5");
    expect(await page.locator('[data-testid="audit-table"] tbody tr').count()).toBe(5);
    await page.locator('[data-testid="compare-changes"]').waitFor();
    expect(await page.locator('[data-testid="compare-changes"]').textContent()).toContain(
      "3.1: Chưa triển khai → Đã khen thưởng",
    );
    await page.screenshot({ path: join(artifacts, "dashboard-audit.png"), fullPage: true });
    await logout();
  });

  it("lets Hạ Đình act on its part of 2.2 and refuses it Kim Giang's", async () => {
    await login("ha-dinh");
    await page.goto(url("/hoat-dong/t1-2.2"));
    await act("START-ha-dinh");
    await act("REPORT-ha-dinh", { results: "Pano, băng rôn trên đường Khương Đình" });
    expect(await page.locator('tr[data-ward="ha-dinh"]').textContent()).toContain("Đã báo cáo");
    expect(await page.locator('form[data-action="START-kim-giang"]').count()).toBe(0);
    const refused = await postFromPage(`/api/plans/${PLAN}/activities/t1-2.2/events`, {
      type: "START",
      ward: "kim-giang",
      payload: {},
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("lifecycle.not-ward");
    expect(refused.body.error.vi).toBeTruthy();
    expect(refused.body.error.en).toBeTruthy();
    await logout();
  });

  it("downloads the .docx and .xlsx progress reports", async () => {
    await login("xem"); // reads need a signed-in account
    await page.goto(url("/bao-cao"));
    await page.locator('select[name="format"] option[value="xlsx"]').waitFor({ state: "attached" });
    for (const format of ["docx", "xlsx"]) {
      await page.locator('select[name="format"]').selectOption(format);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator('[data-testid="download"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`-progress-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      const file = join(work, `report.${format}`);
      await download.saveAs(file);
      const bytes = readFileSync(file);
      // Both are OOXML packages: a zip whose first entry is [Content_Types].xml.
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      expect(bytes.includes(Buffer.from("[Content_Types].xml"))).toBe(true);
    }
    await page.screenshot({ path: join(artifacts, "dashboard-reports.png"), fullPage: true });
  });

  it("previews an uploaded plan whose cells carry markup without running it", async () => {
    await login("ubnd-quan");
    await page.goto(url("/nhap-ke-hoach"));
    // The page settles (session, plans) before the file is chosen, so the form is not re-made after it.
    await page.waitForLoadState("networkidle");
    const header = "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp thực hiện\tThời gian\tDự kiến kết quả";
    const row = `1\tTổ chức hội thi ${HOSTILE}\tPhòng Nội vụ\tUBND các phường\tTháng 9/2024\tHoàn thành`;
    await page.locator('input[name="file"]').setInputFiles({
      name: "ke-hoach-doc-hai.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`**BIỂU TỔNG HỢP**\n\n${header}\n${row}\n`),
    });
    await page.locator("form button[type=submit]").click();
    await page.locator('[data-testid="import-preview"]').waitFor();
    expect(await page.locator('[data-testid="import-preview"] tbody').textContent()).toContain("<script>");
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.locator("main img").count()).toBe(0);
    await page.screenshot({ path: join(artifacts, "dashboard-import.png"), fullPage: true });
    await logout();
  });

  it("makes sense at first look: sign-in in the header, one count, groups, Gantt titles, Vietnamese messages, 1400 px", async () => {
    // Signed out, reads need a session: the header offers "Đăng nhập" and the form is open under it.
    await page.goto(url("/"));
    const signIn = page.locator('header [data-testid="sign-in"]');
    await page.locator('[data-testid="account-name"], header [data-testid="sign-in"]').first().waitFor();
    if ((await signIn.count()) === 0) await logout();
    expect(await signIn.textContent()).toBe("Đăng nhập");
    expect(await page.locator("#sign-in-panel form.login").count()).toBe(1);
    expect(await page.locator("#sign-in-panel").textContent()).toContain("Đăng nhập để xem kế hoạch");

    await login("xem");
    // One count of activities: the overview's total is the activity page's (sections are not activities).
    await page.goto(url("/"));
    const total = Number(await page.locator('[data-testid="leaf-total"]').textContent());
    expect(total).toBe(26);
    // "Tiến độ theo nhóm hoạt động" holds every activity once: "1", sections 2–5 and table 2.
    const groups = page.locator('[data-testid="groups"] tbody tr');
    await groups.first().waitFor();
    const counts = await groups.locator("td:nth-child(2)").allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    const groupTitles = await groups.locator("td:first-child").allTextContents();
    expect(groupTitles[0]).toMatch(/^1 /);
    expect(groupTitles).toHaveLength(6);
    // No prose cell counted as a unit in the lead rollup.
    expect(await page.locator("main").textContent()).not.toContain("Căn cứ chức năng");
    await page.goto(url("/hoat-dong"));
    await expect
      .poll(() => page.locator('[data-testid="activity-count"]').textContent(), { timeout: 15_000 })
      .toBe(`${total} / ${total} hoạt động`);
    const leadOptions = await page.locator('select[name="lead"] option').allTextContents();
    expect(leadOptions.join("|")).not.toContain("Căn cứ chức năng");

    // The Gantt rows say what each activity is, and table 2 is grouped under its own title.
    await page.goto(url("/tien-do"));
    await page.locator('tr[data-activity="t1-3.1"]').waitFor();
    expect(await page.locator('tr[data-activity="t1-3.1"] .gantt-title').textContent()).toMatch(/\p{L}{3,}/u);
    const groupLabels = await page.locator("tr.group-row th").allTextContents();
    expect(groupLabels).not.toContain("—");
    expect(groupLabels.length).toBeGreaterThanOrEqual(6);

    // The Ba Đình plan's title in the switcher is its title, not the sample marker.
    const options = await page.locator('[data-testid="plan-switcher"] option').allTextContents();
    expect(options.some((o) => /^TÀI LIỆU MẪU|^Tài liệu mẫu/i.test(o))).toBe(false);

    // At 1400 px nothing is wider than the window, on either plan.
    await page.setViewportSize({ width: 1400, height: 900 });
    for (const plan of [PLAN, BA_DINH]) {
      await page.locator('[data-testid="plan-switcher"]').selectOption(plan);
      for (const path of ["/", "/hoat-dong", "/tien-do", "/don-vi"]) {
        await page.goto(url(path));
        await page.locator("main h1").first().waitFor();
        await page.waitForLoadState("networkidle");
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${plan} ${path}`).toBeLessThanOrEqual(0);
      }
    }
    await page.locator('[data-testid="plan-switcher"]').selectOption(PLAN);
    await page.screenshot({ path: join(artifacts, "dashboard-first-look-1400.png"), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    // A form refusal reads in Vietnamese, naming the field, not zod's English.
    await login("ttvh");
    await page.goto(url("/hoat-dong/t1-3.5"));
    await act("START-activity", { note: "Bắt đầu" });
    const report = page.locator('form[data-action="REPORT-activity"]');
    await report.locator('button[type="submit"]').click();
    const alert = report.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Kết quả: cần nhập");
    expect(await alert.textContent()).not.toMatch(/Too small|results\.district/);
    await logout();
  });

  it("has no serious accessibility violations on any page (axe-core) and saves a screenshot of each", async () => {
    await login("xem"); // reads need a signed-in account
    const axe = readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8");
    const pages = [
      ["/", "overview"],
      ["/hoat-dong", "activities"],
      ["/hoat-dong/t1-2.2", "activity-2.2"],
      ["/tien-do", "timeline"],
      ["/don-vi", "units"],
      ["/phuong", "wards"],
      ["/khen-thuong", "rewards"],
      ["/bao-cao", "reports"],
      ["/nhap-ke-hoach", "import"],
      ["/nhat-ky", "audit"],
    ] as const;
    const found: string[] = [];
    for (const [path, name] of pages) {
      await page.goto(url(path));
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays in force.
      await page.evaluate(axe);
      const violations = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) =>
        r.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")))`)) as string[];
      for (const v of violations) found.push(`${path} ${v}`);
      await page.screenshot({ path: join(artifacts, `dashboard-page-${name}.png`), fullPage: true });
    }
    expect(found).toEqual([]);
  });

  it("guards mutations: CSRF token, JSON, body size", async () => {
    await login("ttvh");
    const noToken = await page.evaluate(async (path) => {
      const r = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "START", payload: {} }),
      });
      return { status: r.status, body: (await r.json()) as PageAnswer["body"] };
    }, `/api/plans/${PLAN}/activities/t1-3.2/events`);
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe("auth.csrf");
    const malformed = await page.evaluate(async () => {
      const r = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json",
      });
      return { status: r.status, body: (await r.json()) as PageAnswer["body"] };
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("request.malformed-json");
    const big = await postFromPage(`/api/plans/${PLAN}/activities/t1-3.2/events`, {
      type: "PROGRESS",
      payload: { note: "x".repeat(400 * 1024) },
    });
    expect(big.status).toBe(413);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === "kehoach_session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Strict");
    await logout();
  });

  it("switches to the Ba Đình plan: its activities, its anniversary and its approval step", async () => {
    await login("vhxh-ba-dinh");
    const switcher = page.getByRole("combobox", { name: /^Kế hoạch/ });
    await switcher.selectOption(BA_DINH);
    await expect
      .poll(() => page.locator('[data-testid="countdown"]').textContent(), { timeout: 15_000 })
      .toContain("Cách mạng Tháng Tám");
    expect(await page.locator(".plan-title").textContent()).toContain("80 năm Cách mạng Tháng Tám");

    await page.goto(url("/hoat-dong"));
    await page.locator('tr[data-activity="t1-3.3"]').waitFor();
    expect(await page.locator('[data-testid="activity-table"]').textContent()).toContain(
      "Mẹ Việt Nam Anh hùng",
    );
    await page.locator('input[name="q"]').fill("me viet nam anh hung");
    await expect
      .poll(() => page.locator('[data-testid="activity-table"] tbody tr').count(), { timeout: 15_000 })
      .toBe(1);
    await page.screenshot({ path: join(artifacts, "dashboard-ba-dinh-activities.png"), fullPage: true });

    // The choice survives a reload (localStorage), and the ward's lifecycle has the chairman's approval.
    await page.goto(url("/hoat-dong/t1-3.1"));
    await act("START-activity");
    await act("REPORT-activity", { results: "Đã thăm, tặng 120 suất quà" });
    await logout();
    await login("ubnd-ba-dinh");
    await page.goto(url("/hoat-dong/t1-3.1"));
    await page.locator('form[data-action="APPROVE-activity"]').waitFor();
    expect(await page.locator('form[data-action="REWARD-activity"]').count()).toBe(0);
    expect(await page.locator('form[data-action="APPROVE-activity"] h3').textContent()).toBe(
      "Chủ tịch UBND phường đã phê duyệt",
    );
    await act("APPROVE-activity", { note: "Đồng ý" });
    // The state's label is the plugin step's own, as in the CLI and the reports (core's lifecycle vocabulary).
    expect(await page.locator(".status-line").textContent()).toContain("Chủ tịch UBND phường đã phê duyệt");
    await act("REWARD-activity", { decisionNumber: "88", decisionDate: "2025-09-10" });
    expect(await ui.timelineTypes()).toEqual(["START", "REPORT", "APPROVE", "REWARD"]);
    expect(await page.locator(".status-line").textContent()).toContain("Đã khen thưởng");
    await page.screenshot({ path: join(artifacts, "dashboard-ba-dinh-approved.png"), fullPage: true });

    // Its plugin's exporter is offered on Báo cáo: the one-page announcement of the rewarded collectives.
    await page.goto(url("/bao-cao"));
    await page
      .locator('select[name="format"] option[value="thong-bao-khen-thuong"]')
      .waitFor({ state: "attached" });
    await page.locator('select[name="format"]').selectOption("thong-bao-khen-thuong");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="download"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ke-hoach-phuong-ba-dinh-80-.*\.html$/);
    const announcement = join(work, "thong-bao.html");
    await download.saveAs(announcement);
    expect(readFileSync(announcement, "utf8")).toContain("Phòng Văn hóa - Xã hội phường Ba Đình");

    // Back to Thanh Xuân from an activity page: it goes back to the list, which is Thanh Xuân's.
    await page.goto(url("/hoat-dong/t1-3.1"));
    await page.locator('[data-testid="timeline"]').waitFor();
    await page.getByRole("combobox", { name: /^Kế hoạch/ }).selectOption(PLAN);
    await page.locator('tr[data-activity="t1-2.2"]').waitFor();
    expect(await page.locator('[data-testid="activity-table"]').textContent()).toContain(
      "70 năm Ngày Giải phóng Thủ đô",
    );
    await logout();
  });

  it("seeds a demo's year of events on a first start with KEHOACH_DEMO_EVENTS=1, says so on every page, and is not all overdue", async () => {
    const demoDir = join(work, "demo-data");
    const config = readDashboardConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      KEHOACH_DATA_DIR: demoDir,
      KEHOACH_DEMO_PASSWORD: PASSWORD,
      KEHOACH_DEMO_EVENTS: "1",
    });
    const demo = await startDashboard({ config, plugins, uiDir: join(work, "ui"), log: () => {} });
    const demoPage = await context.newPage();
    try {
      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      const events = [];
      for await (const e of demo.store.readEvents({ plan: PLAN })) events.push(e);
      const types = new Set(events.map((e) => e.event.type));
      expect([...types].sort()).toEqual(["PROGRESS", "REPORT", "RETURN", "REWARD", "START"]);
      expect(events.every((e) => e.event.at.slice(0, 10) <= today)).toBe(true);
      expect((await demo.store.verify()).ok).toBe(true);

      const demoUi = dashboardPage(demoPage, demo.url, PASSWORD);
      await demoPage.setViewportSize({ width: 1400, height: 900 });
      await demoUi.login("xem");
      for (const path of ["/", "/hoat-dong", "/tien-do", "/bao-cao", "/hoat-dong/t1-3.1"]) {
        await demoPage.goto(demoUi.url(path));
        const banner = demoPage.locator('[data-testid="demo-banner"]');
        await banner.waitFor();
        expect(await banner.isVisible()).toBe(true);
        expect(await banner.textContent()).toMatch(/^Dữ liệu mẫu \/ demo data/);
        // In the page flow: the navigation starts below it, nothing sits on top of it.
        const box = await banner.boundingBox();
        const nav = await demoPage.locator("nav.nav").boundingBox();
        expect(box && nav && box.y + box.height <= nav.y + 1).toBe(true);
      }

      await demoPage.goto(demoUi.url("/"));
      await demoPage.locator('[data-testid="class-cards"] li').first().waitFor();
      const count = async (cls: string) =>
        Number(await demoPage.locator(`[data-class="${cls}"] .card-count`).textContent());
      const total = Number(await demoPage.locator('[data-testid="leaf-total"]').textContent());
      const overdue = await count("in-progress-overdue");
      const completed = (await count("completed-on-time")) + (await count("completed-late"));
      // A believable mix as of today: most done, some late, a few overdue, not all red.
      expect(overdue).toBeGreaterThan(0);
      expect(overdue).toBeLessThan(total / 2);
      expect(completed).toBeGreaterThan(total / 2);
      expect(await count("completed-late")).toBeGreaterThan(0);
      await demoPage.screenshot({ path: join(artifacts, "dashboard-demo-overview.png"), fullPage: true });
    } finally {
      await demoPage.close();
      await demo.close();
    }
  });
});
