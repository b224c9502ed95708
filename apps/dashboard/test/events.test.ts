import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openStore } from "@kehoach/store";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readDashboardConfig } from "../src/server/DashboardConfig";
import { startDashboard } from "../src/server/startDashboard";
import { createHarness, PASSWORD, PLAN } from "./harness";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

type Harness = Awaited<ReturnType<typeof createHarness>>;

describe("POST …/events answers a compact state", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.store.close());

  it("answers status, percent, counts and the latest entry, the same size after 40 PROGRESS as after 10; the history is on GET", async () => {
    const ttvh = await h.login("ttvh");
    expect((await h.event(ttvh, "t1-3.1", { type: "START" })).status).toBe(201);
    const sizes: number[] = [];
    let last: Record<string, unknown> = {};
    for (let i = 1; i <= 40; i++) {
      const r = await h.event(ttvh, "t1-3.1", {
        type: "PROGRESS",
        payload: { percent: i, note: `Đợt ${String(i).padStart(2, "0")}` },
      });
      expect(r.status).toBe(201);
      const text = await r.text();
      sizes.push(text.length);
      last = JSON.parse(text);
    }
    expect(last).toMatchObject({
      duplicate: false,
      event: { streamVersion: 41, event: { type: "PROGRESS", payload: { percent: 40, note: "Đợt 40" } } },
      state: {
        id: "t1-3.1",
        status: "inProgress",
        percent: 40,
        counts: { progress: 40, reports: 0, returns: 0, extensions: 0 },
        latestProgress: { percent: 40, note: "Đợt 40", by: { unit: "trung-tam-van-hoa-thong-tin-the-thao" } },
        latestReport: null,
        wardParts: [],
      },
    });
    expect(last.state).not.toHaveProperty("context");
    // The reply does not grow with the history (the old one carried every PROGRESS entry): the 10th and
    // the 40th differ only in numbers of the same width.
    expect(sizes[39]).toBe(sizes[9]);

    const detail = (await (await h.read(`/api/plans/${PLAN}/activities/t1-3.1`)).json()) as {
      state: { context: { progress: { percent: number }[] } };
      events: unknown[];
    };
    expect(detail.state.context.progress.map((p) => p.percent)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(detail.events).toHaveLength(41);

    // The same history a page at a time: 41 events in pages of 15, in log order, then an empty last page.
    type Page = {
      total: number;
      events: { position: number; event: { type: string } }[];
      nextAfterPosition: number | null;
    };
    const pages: Page[] = [];
    let after = 0;
    for (;;) {
      const r = await h.read(`/api/plans/${PLAN}/activities/t1-3.1/events?afterPosition=${after}&limit=15`);
      expect(r.status).toBe(200);
      const page = (await r.json()) as Page;
      pages.push(page);
      if (page.nextAfterPosition === null) break;
      after = page.nextAfterPosition;
    }
    expect(pages.map((p) => p.events.length)).toEqual([15, 15, 11]);
    expect(pages.every((p) => p.total === 41)).toBe(true);
    const paged = pages.flatMap((p) => p.events);
    expect(paged.map((e) => e.position)).toEqual(
      (detail.events as { position: number }[]).map((e) => e.position),
    );
    expect(paged.map((e) => e.event.type)).toEqual([
      "START",
      ...Array.from({ length: 40 }, () => "PROGRESS"),
    ]);
    expect((await h.read(`/api/plans/${PLAN}/activities/khong-co/events`)).status).toBe(404);
    expect((await h.read(`/api/plans/${PLAN}/activities/t1-3.1/events?limit=0`)).status).toBe(400);
  });
});

describe("closing a running dashboard under load", () => {
  it("lets every request in flight finish before it closes the store: no 500, every acknowledged event stored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-dashboard-close-"));
    try {
      const config = readDashboardConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        KEHOACH_DATA_DIR: dir,
        KEHOACH_DEMO_PASSWORD: PASSWORD,
      });
      const server = await startDashboard({ config, plugins: [thanhXuan70], uiDir: null, log: () => {} });
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "ttvh", password: PASSWORD }),
      });
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const post = (body: unknown) =>
        fetch(`${server.url}/api/plans/${PLAN}/activities/t1-3.1/events`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
          body: JSON.stringify(body),
        });
      expect((await post({ type: "START" })).status).toBe(201);
      const ids = Array.from({ length: 20 }, () => crypto.randomUUID());
      const answers = ids.map((id, i) =>
        post({ id, type: "PROGRESS", payload: { percent: i } }).then(
          (r) => r.status,
          () => "dropped",
        ),
      );
      await new Promise((r) => setTimeout(r, 5));
      await server.close();
      const statuses = await Promise.all(answers);
      expect(statuses.filter((s) => s !== 201 && s !== "dropped")).toEqual([]);

      const store = await openStore(`sqlite:${join(dir, "kehoach.sqlite")}`);
      try {
        const stored = new Set<string>();
        for await (const e of store.readEvents({ plan: PLAN })) stored.add(e.event.id);
        for (const [i, id] of ids.entries()) if (statuses[i] === 201) expect(stored.has(id)).toBe(true);
        expect((await store.verify()).ok).toBe(true);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
