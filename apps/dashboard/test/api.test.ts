import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, PLAN } from "./harness";

// Every test seeds a store and signs in with scrypt (uploads start a worker): minutes, not seconds, on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

type Harness = Awaited<ReturnType<typeof createHarness>>;

describe("the dashboard API over the seed plan", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.store.close());

  it("answers the health check", async () => {
    const r = await h.app.request("/api/health");
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true });
  });

  it("sends the security headers", async () => {
    const r = await h.app.request("/api/health");
    const csp = r.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("x-frame-options")).toBe("DENY");
  });

  it("lists the seed plan under the plugin's id", async () => {
    const r = await h.read("/api/plans");
    const body = (await r.json()) as { plans: { plan: string }[] };
    expect(body.plans.map((p) => p.plan)).toEqual([PLAN]);
  });

  it('finds "Khương Đình" from "khuong dinh"', async () => {
    const r = await h.read(`/api/plans/${PLAN}/activities?q=khuong%20dinh&asOf=2024-06-01`);
    const body = (await r.json()) as { count: number; total: number; activities: { id: string }[] };
    expect(body.activities.map((a) => a.id)).toEqual(["t1-2.2"]);
    expect(body.total).toBe(30);
  });

  it("filters by lead, ward, month and status", async () => {
    const get = async (query: string) => {
      const r = await h.read(`/api/plans/${PLAN}/activities?asOf=2024-06-01&${query}`);
      expect(r.status).toBe(200);
      return ((await r.json()) as { activities: { id: string }[] }).activities.map((a) => a.id);
    };
    const ttvh = await get("lead=trung-tam-van-hoa-thong-tin-the-thao");
    expect(ttvh).toEqual(expect.arrayContaining(["t1-2.2", "t1-3.1", "t1-3.2", "t1-3.3"]));
    expect(await get("ward=ha-dinh")).toContain("t1-2.2");
    expect(await get("ward=nhan-chinh")).toContain("t1-5.2");
    const august = await get("month=2024-08");
    expect(august).toContain("t1-3.3");
    expect(august).not.toContain("t1-3.4");
    expect(await get("status=rewarded")).toEqual([]);
  });

  it("runs 3.1 through the lifecycle with the engine deciding", async () => {
    const ttvh = await h.login("ttvh");
    const issuer = await h.login("ubnd-quan");
    expect((await h.event(ttvh, "t1-3.1", { type: "START" })).status).toBe(201);
    const report = { type: "REPORT", payload: { results: { district: { text: "Thi cấp quận xong" } } } };
    expect((await h.event(ttvh, "t1-3.1", report)).status).toBe(201);
    expect((await h.event(issuer, "t1-3.1", { type: "RETURN", payload: { reason: "Bổ sung" } })).status).toBe(
      201,
    );
    expect((await h.event(ttvh, "t1-3.1", report)).status).toBe(201);
    const decision = {
      kind: "decision",
      number: "123",
      symbol: "QĐ-UBND",
      date: "2024-10-20",
      month: null,
      issuer: null,
      subject: null,
      text: "Quyết định số 123/QĐ-UBND",
    };
    const reward = await h.event(issuer, "t1-3.1", {
      type: "REWARD",
      payload: { decision, form: "Giấy khen", recipients: [{ kind: "collective", name: "TTVH-TT&TT" }] },
    });
    expect(reward.status).toBe(201);

    const detail = (await (await ttvh.get(`/api/plans/${PLAN}/activities/t1-3.1`)).json()) as {
      state: { status: string };
      events: { event: { type: string; by: { unit: string } } }[];
    };
    expect(detail.state.status).toBe("rewarded");
    expect(detail.events.map((e) => e.event.type)).toEqual(["START", "REPORT", "RETURN", "REPORT", "REWARD"]);
    expect(detail.events[0]?.event.by.unit).toBe("trung-tam-van-hoa-thong-tin-the-thao");

    const rewards = (await (await h.read(`/api/plans/${PLAN}/rewards`)).json()) as {
      rewards: { activity: string }[];
    };
    expect(rewards.rewards.map((r) => r.activity)).toEqual(["t1-3.1"]);

    const audit = (await (await h.read("/api/audit")).json()) as {
      verify: { ok: boolean; checked: number };
      events: unknown[];
    };
    expect(audit.verify.ok).toBe(true);
    expect(audit.verify.checked).toBe(5);
    expect(audit.events).toHaveLength(5);
  });

  it("answers the state as of a past date (time travel) and the diff between dates", async () => {
    const before = (await (await h.read(`/api/plans/${PLAN}/status?asOf=2024-01-01`)).json()) as {
      activities: { id: string; status: string }[];
    };
    expect(before.activities.find((a) => a.id === "t1-3.1")?.status).toBe("planned");
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const diff = (await (await h.read(`/api/plans/${PLAN}/diff?from=2024-01-01&to=${today}`)).json()) as {
      changes: { activity: string; from: string; to: string }[];
    };
    expect(diff.changes).toContainEqual(
      expect.objectContaining({ activity: "t1-3.1", from: "planned", to: "rewarded" }),
    );
  });

  it("lets a ward officer act on its own ward part only", async () => {
    const haDinh = await h.login("ha-dinh");
    expect((await h.event(haDinh, "t1-2.2", { type: "START", ward: "ha-dinh" })).status).toBe(201);
    const refused = await h.event(haDinh, "t1-2.2", { type: "START", ward: "kim-giang" });
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: { code: string; vi: string; en: string } };
    expect(body.error.code).toBe("lifecycle.not-ward");
    expect(body.error.vi.length).toBeGreaterThan(0);
    expect(body.error.en.length).toBeGreaterThan(0);
  });

  it("exports the progress report as CSV and as .xlsx", async () => {
    const csv = await h.read(`/api/plans/${PLAN}/export?report=progress&format=csv&asOf=2024-12-31`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain(".csv");
    expect(await csv.text()).toContain("3.1");
    const xlsx = await h.read(`/api/plans/${PLAN}/export?report=plan&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it("previews an uploaded plan and saves it for administrators", async () => {
    const issuer = await h.login("ubnd-quan");
    const text = "TT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\tTổ chức gặp mặt\tPhòng Nội vụ\tTháng 9/2024\n";
    const post = (save: string) =>
      h.app.request(`/api/plans/import?save=${save}&id=ke-hoach-thu`, {
        method: "POST",
        headers: {
          "content-type": "text/plain",
          "x-file-name": "ke-hoach-thu.txt",
          cookie: issuer.cookie,
          "x-csrf-token": issuer.csrfToken,
        },
        body: text,
      });
    const preview = await post("0");
    expect(preview.status).toBe(200);
    const p = (await preview.json()) as {
      preview: { id: string; activityCount: number; activities: { title: string }[] };
      saved: null;
    };
    expect(p.preview.id).toBe("ke-hoach-thu");
    expect(p.preview.activityCount).toBe(1);
    expect(p.preview.activities.map((a) => a.title)).toEqual(["Tổ chức gặp mặt"]);
    expect(p.saved).toBeNull();
    const saved = await post("1");
    expect(saved.status).toBe(201);
    const list = (await (await h.read("/api/plans")).json()) as { plans: { plan: string }[] };
    expect(list.plans.map((x) => x.plan)).toContain("ke-hoach-thu");
  });
});
