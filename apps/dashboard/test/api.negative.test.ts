import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, PASSWORD, PLAN } from "./harness";

// Every test seeds a store and signs in with scrypt (uploads start a worker): minutes, not seconds, on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

type Harness = Awaited<ReturnType<typeof createHarness>>;

async function errorOf(r: Response) {
  return ((await r.json()) as { error: { code: string; vi: string; en: string } }).error;
}

describe("the dashboard API refuses bad requests", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ loginLimit: { limit: 3, windowMs: 60_000 } });
  });
  afterAll(() => h.store.close());

  it("answers malformed JSON with 400 and a message", async () => {
    const r = await h.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(r.status).toBe(400);
    const e = await errorOf(r);
    expect(e.code).toBe("request.malformed-json");
    expect(e.vi).toContain("JSON");
    expect(e.en).toContain("JSON");
  });

  it("wants JSON (415) and a well-formed body (422)", async () => {
    const r = await h.app.request("/api/auth/login", { method: "POST", body: "username=a" });
    expect(r.status).toBe(415);
    const bad = await h.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: 42 }),
    });
    expect(bad.status).toBe(422);
    expect((await errorOf(bad)).code).toBe("request.invalid");
  });

  it("limits the body size (413)", async () => {
    const ttvh = await h.login("ttvh");
    const r = await ttvh.post(`/api/plans/${PLAN}/activities/t1-3.2/events`, {
      type: "PROGRESS",
      payload: { note: "x".repeat(100 * 1024) },
    });
    expect(r.status).toBe(413);
    expect((await errorOf(r)).code).toBe("request.too-large");
  });

  it("requires the CSRF token on mutations of a session", async () => {
    const ttvh = await h.login("ttvh");
    const r = await ttvh.post(
      `/api/plans/${PLAN}/activities/t1-3.2/events`,
      { type: "START" },
      { "x-csrf-token": "" },
    );
    expect(r.status).toBe(403);
    expect((await errorOf(r)).code).toBe("auth.csrf");
    const forged = await ttvh.post(
      `/api/plans/${PLAN}/activities/t1-3.2/events`,
      { type: "START" },
      { "x-csrf-token": "forged-token-value" },
    );
    expect(forged.status).toBe(403);
  });

  it("sets the session cookie HttpOnly and SameSite=Strict", async () => {
    const ttvh = await h.login("ttvh");
    expect(ttvh.setCookie).toMatch(/HttpOnly/i);
    expect(ttvh.setCookie).toMatch(/SameSite=Strict/i);
  });

  it("refuses mutations without a session (401) and from viewers (403)", async () => {
    const anonymous = await h.app.request(`/api/plans/${PLAN}/activities/t1-3.2/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "START" }),
    });
    expect(anonymous.status).toBe(401);
    const viewer = await h.login("xem");
    const r = await h.event(viewer, "t1-3.2", { type: "START" });
    expect(r.status).toBe(403);
    expect((await errorOf(r)).code).toBe("auth.read-only");
  });

  it("passes the engine's refusals on with their code and both messages", async () => {
    const haDinh = await h.login("ha-dinh");
    const notLead = await h.event(haDinh, "t1-3.3", { type: "START" });
    expect(notLead.status).toBe(403);
    expect((await errorOf(notLead)).code).toBe("lifecycle.not-lead");

    const ttvh = await h.login("ttvh");
    const early = await h.event(ttvh, "t1-3.3", {
      type: "REPORT",
      payload: { results: { district: { text: "x" } } },
    });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).code).toBe("lifecycle.invalid-transition");

    expect((await h.event(ttvh, "t1-3.3", { type: "START" })).status).toBe(201);
    const empty = await h.event(ttvh, "t1-3.3", { type: "REPORT", payload: { results: {} } });
    expect(empty.status).toBe(422);
    const e = await errorOf(empty);
    expect(e.vi).not.toBe(e.en);

    // A field out of range: the Vietnamese message is zod's vi locale, never its English text.
    const over = await h.event(ttvh, "t1-3.3", { type: "PROGRESS", payload: { percent: 150 } });
    expect(over.status).toBe(422);
    const o = await errorOf(over);
    expect(o.vi).toMatch(/payload\.percent: Quá lớn: /u);
    expect(o.vi).not.toMatch(/Invalid|Too big|expected|received/u);
    expect(o.en).toMatch(/payload\.percent: Too big: /u);

    const unitReward = await h.event(ttvh, "t1-3.3", { type: "CANCEL", payload: { reason: "không làm" } });
    expect(unitReward.status).toBe(403);
    expect((await errorOf(unitReward)).code).toBe("lifecycle.not-authority");

    const unknown = await h.event(ttvh, "t9-9", { type: "START" });
    expect(unknown.status).toBe(404);
  });

  it("refuses bad event bodies before the engine sees them", async () => {
    const ttvh = await h.login("ttvh");
    const r = await h.event(ttvh, "t1-3.2", { type: "start; drop" });
    expect(r.status).toBe(422);
    expect((await errorOf(r)).code).toBe("request.invalid");
    const typed = await errorOf(await h.event(ttvh, "t1-3.2", { type: 5 } as unknown as { type: string }));
    expect(typed.vi).toMatch(/^Dữ liệu gửi lên không hợp lệ tại type: /u);
    expect(typed.vi).not.toMatch(/Invalid|expected|received/u);
  });

  it("answers bad query parameters with 400 and unknown plans with 404", async () => {
    expect((await h.read(`/api/plans/${PLAN}/status?asOf=2024-13-45`)).status).toBe(400);
    expect((await h.read(`/api/plans/${PLAN}/activities?month=2024-1`)).status).toBe(400);
    expect((await h.read(`/api/plans/${PLAN}/export?format=../../etc`)).status).toBe(400);
    const missing = await h.read("/api/plans/khong-co/status");
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("plan.not-found");
    expect((await h.read("/api/khong-co")).status).toBe(404);
  });

  it("rate-limits logins and says when to retry", async () => {
    const attempt = () =>
      h.app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "kim-giang", password: "sai-mat-khau" }),
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("lets only administrators save an uploaded plan", async () => {
    const ttvh = await h.login("ttvh");
    const r = await h.app.request("/api/plans/import?save=1", {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: ttvh.cookie, "x-csrf-token": ttvh.csrfToken },
      body: "TT\tNội dung\n1\tx\n",
    });
    expect(r.status).toBe(403);
  });
});

describe("an empty store", () => {
  it("says honestly that no plan is loaded (503, bilingual)", async () => {
    const h = await createHarness({ seed: false });
    await h.store.accounts.create({ username: "xem", password: PASSWORD, role: "viewer" });
    const r = await h.read("/api/plans");
    expect(r.status).toBe(503);
    const e = await errorOf(r);
    expect(e.code).toBe("plan.not-loaded");
    expect(e.vi).not.toBe(e.en);
    expect((await h.app.request("/api/health")).status).toBe(200);
    await h.store.close();
  });
});
