import { randomUUID } from "node:crypto";
import { createKehoach } from "@kehoach/core";
import { PLAN_ID as BA_DINH, phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, PLAN } from "./harness";

// Every test seeds a store and signs in with scrypt (uploads start a worker): minutes, not seconds, on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const both = createKehoach({ plugins: [thanhXuan70, phuongBaDinh80] }).plugins;

interface ErrorBody {
  error: { code: string; vi: string; en: string; details?: { limit?: { name: string; value: number } } };
}
const errorOf = async (r: Response) => ((await r.json()) as ErrorBody).error;

const table = (rows: string[]) =>
  `TT\tNội dung\tĐơn vị chủ trì\tThời gian\n${rows.map((r, i) => `${i + 1}\t${r}\tPhòng Nội vụ\tTháng 9/2024`).join("\n")}\n`;

/** A .docx whose document.xml holds `paragraphs` paragraphs of ordinary text. */
function docxWith(paragraphs: number): Uint8Array<ArrayBuffer> {
  const p = "<w:p><w:r><w:t>Tổ chức các hoạt động kỷ niệm tại khu dân cư</w:t></w:r></w:p>";
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p.repeat(paragraphs)}</w:body></w:document>`;
  const enc = new TextEncoder();
  const zip = zipSync({
    "[Content_Types].xml": enc.encode('<?xml version="1.0"?><Types/>'),
    "word/document.xml": enc.encode(xml),
  });
  return new Uint8Array(zip);
}

describe("private by default", () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  beforeAll(async () => {
    h = await createHarness();
  }, 120_000);

  it("answers every read without a session with 401, health and sign-in excepted", async () => {
    for (const path of [
      "/api/plans",
      `/api/plans/${PLAN}`,
      `/api/plans/${PLAN}/status`,
      `/api/plans/${PLAN}/activities/t1-3.1`,
      `/api/plans/${PLAN}/events`,
      `/api/plans/${PLAN}/export?format=csv`,
      "/api/audit",
    ]) {
      const r = await h.app.request(path);
      expect(r.status, path).toBe(401);
      expect((await errorOf(r)).code).toBe("auth.required");
    }
    expect((await h.app.request("/api/health")).status).toBe(200);
    const me = (await (await h.app.request("/api/auth/me")).json()) as { account: null; publicRead: boolean };
    expect(me).toMatchObject({ account: null, publicRead: false });
  });

  it("opens a transparency view with KEHOACH_PUBLIC_READ: plans and progress without names, no logs", async () => {
    const p = await createHarness({ publicRead: true });
    const ttvh = await p.login("ttvh");
    expect((await p.event(ttvh, "t1-3.1", { type: "START", payload: { note: "Bắt đầu" } })).status).toBe(201);
    const anonymous = await p.app.request(`/api/plans/${PLAN}/activities/t1-3.1`);
    expect(anonymous.status).toBe(200);
    const text = await anonymous.text();
    const body = JSON.parse(text) as { events: { event: { by: Record<string, string> } }[] };
    expect(body.events[0]?.event.by).toEqual({ unit: "trung-tam-van-hoa-thong-tin-the-thao" });
    expect(text).not.toContain('"person"');
    // The same page signed in names the officer.
    const named = (await (await ttvh.get(`/api/plans/${PLAN}/activities/t1-3.1`)).json()) as typeof body;
    expect(named.events[0]?.event.by.person).toBeTruthy();
    expect((await p.app.request(`/api/plans/${PLAN}/status`)).status).toBe(200);
    expect((await p.app.request(`/api/plans/${PLAN}/events`)).status).toBe(401);
    expect((await p.app.request("/api/audit")).status).toBe(401);
  });
});

// Logins hash with scrypt and uploads start a worker: slow on a loaded two-core machine, so those tests get minutes.
describe("sessions", () => {
  it("end after the idle timeout even though the absolute lifetime has not passed", async () => {
    let clock = Date.parse("2024-09-01T08:00:00+07:00");
    const h = await createHarness({ idleTimeoutMs: 30 * 60_000, now: () => clock });
    const xem = await h.login("xem");
    clock += 29 * 60_000;
    const me = (await (await xem.get("/api/auth/me")).json()) as { account: unknown };
    expect(me).toMatchObject({ account: { username: "xem" } });
    clock += 31 * 60_000;
    const after = await xem.get(`/api/plans/${PLAN}`);
    expect(after.status).toBe(401);
    // The session is revoked in the store, not only refused.
    const cookies = after.headers.getSetCookie().join("\n");
    expect(cookies).toMatch(/kehoach_session=;/);
  });

  it("counts failed logins per client and name, per client and per name, the client as a trusted proxy says", async () => {
    const limits = { loginLimit: { limit: 1, windowMs: 60_000 } };
    const attempt = (h: Awaited<ReturnType<typeof createHarness>>, from: string, username: string) =>
      h.app.request(
        "/api/auth/login",
        {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `9.9.9.9, ${from}` },
          body: JSON.stringify({ username, password: "sai-mat-khau" }),
        },
        { incoming: { socket: { remoteAddress: "10.0.0.9" } } },
      );
    // Without KEHOACH_TRUST_PROXY the forwarded address is ignored: every try is the proxy's.
    const direct = await createHarness(limits);
    expect((await attempt(direct, "1.1.1.1", "ttvh")).status).toBe(401);
    expect((await attempt(direct, "2.2.2.2", "ttvh")).status).toBe(429);
    // Behind a trusted proxy each client has its own budget (and 9.9.9.9, which the client wrote, is not used)…
    const proxied = await createHarness({ ...limits, trustProxy: ["10.0.0.9"] });
    expect((await attempt(proxied, "1.1.1.1", "ttvh")).status).toBe(401);
    expect((await attempt(proxied, "1.1.1.1", "ttvh")).status).toBe(429);
    expect((await attempt(proxied, "2.2.2.2", "ttvh")).status).toBe(401);
    // …and one name gets ten times a client's tries from all clients together.
    for (let i = 0; i < 10; i++) expect((await attempt(proxied, `5.5.5.${i}`, "xem")).status).toBe(401);
    expect((await attempt(proxied, "5.5.5.99", "xem")).status).toBe(429);
  }, 180_000);
});

describe("events", () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  beforeAll(async () => {
    h = await createHarness({ plugins: both });
  }, 120_000);

  it("answers a reused id with other content or from another unit with 409, a true retry with 200", async () => {
    const ttvh = await h.login("ttvh");
    const id = randomUUID();
    const first = await h.event(ttvh, "t1-3.2", { type: "START", payload: { note: "Bắt đầu" } });
    expect(first.status).toBe(201);
    const send = (client: typeof ttvh, activity: string, payload: Record<string, unknown>) =>
      client.post(`/api/plans/${PLAN}/activities/${activity}/events`, { id, type: "PROGRESS", payload });
    expect((await send(ttvh, "t1-3.2", { percent: 10 })).status).toBe(201);
    expect((await send(ttvh, "t1-3.2", { percent: 10 })).status).toBe(200);
    const other = await send(ttvh, "t1-3.2", { percent: 90 });
    expect(other.status).toBe(409);
    expect((await errorOf(other)).code).toBe("event.id-reused");
    const quan = await h.login("ubnd-quan");
    expect((await send(quan, "t1-3.2", { percent: 10 })).status).toBe(409);
  });

  it("refuses payload keys the event type does not define (422) and bodies nested too deep", async () => {
    const ttvh = await h.login("ttvh");
    const r = await h.event(ttvh, "t1-3.3", {
      type: "START",
      payload: { note: "x", hidden: "stored forever" },
    });
    expect(r.status).toBe(422);
    const e = await errorOf(r);
    expect(e.code).toBe("payload.unknown-keys");
    expect(e.en).toContain("payload.hidden");
    const nested = await h.event(ttvh, "t1-3.3", {
      type: "REPORT",
      payload: { results: { district: { text: "x", extra: 1 } } },
    });
    expect((await errorOf(nested)).en).toContain("payload.results.district.extra");
    const deep = `{"type":"START","payload":{"note":${"[".repeat(3200)}${"]".repeat(3200)}}}`;
    const d = await ttvh.post(`/api/plans/${PLAN}/activities/t1-3.3/events`, deep);
    expect(d.status).toBe(422);
    expect((await errorOf(d)).code).toBe("request.too-deep");
    expect((await h.app.request("/api/health")).status).toBe(200);
  });

  it("lets only the issuer and units the plan names act on an activity with no resolvable lead", async () => {
    const stranger = await h.login("vhxh-ba-dinh"); // Ba Đình's unit: not named in the Thanh Xuân plan
    const refused = await h.event(stranger, "t1-5.5", { type: "START" });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("lifecycle.not-in-plan");
    expect((await h.event(stranger, "t2-1", { type: "START" })).status).toBe(403);
    const ttvh = await h.login("ttvh"); // named in the Thanh Xuân plan
    expect((await h.event(ttvh, "t1-5.5", { type: "START" })).status).toBe(201);
  });
});

describe("uploads", () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  beforeAll(async () => {
    h = await createHarness({
      plugins: both,
      uploadLimits: { maxRows: 50, maxColumns: 20, maxCells: 400, maxDecompressedBytes: 1024 * 1024 },
    });
  }, 120_000);

  it("are for issuer administrators only, previews included", async () => {
    const xem = await h.login("xem");
    const r = await h.upload(xem, "save=0", table(["Gặp mặt"]));
    expect(r.status).toBe(403);
    const ttvh = await h.login("ttvh");
    expect((await h.upload(ttvh, "save=0", table(["Gặp mặt"]))).status).toBe(403);
  });

  it("refuse to take over another office's plan, by id or by what the document says", async () => {
    const baDinh = await h.login("ubnd-ba-dinh");
    const takeover = await h.upload(baDinh, `save=1&id=${PLAN}`, table(["Gặp mặt"]));
    expect(takeover.status).toBe(403);
    expect((await errorOf(takeover)).code).toBe("import.not-owner");
    const quan = await h.login("ubnd-quan");
    expect((await h.upload(quan, `save=1&id=${BA_DINH}`, table(["Gặp mặt"]))).status).toBe(403);
    const foreign = `*(Kèm theo Kế hoạch số 5/KH-UBND ngày 01/7/2024 của UBND quận Thanh Xuân)*\n\n${table(["Gặp mặt"])}`;
    const r = await h.upload(baDinh, "save=1&id=ke-hoach-gia-mao", foreign);
    expect(r.status).toBe(403);
    expect((await errorOf(r)).code).toBe("import.other-issuer");
    // Its own office's new plan, and then a new version of it, are fine.
    const own = `*(Kèm theo Kế hoạch số 5/KH-UBND ngày 01/7/2025 của UBND phường Ba Đình)*\n\n${table(["Gặp mặt"])}`;
    expect((await h.upload(baDinh, "save=1&id=ke-hoach-ba-dinh-moi", own)).status).toBe(201);
    const v2 = `${own}${table(["Gặp mặt", "Hội thi"]).split("\n").slice(2).join("\n")}`;
    expect((await h.upload(baDinh, "save=1&id=ke-hoach-ba-dinh-moi", v2)).status).toBe(201);
    // The takeover changed nothing: the district plan is still the district's.
    const plan = await h.store.getPlan(PLAN);
    expect(plan?.issuer.unitId).toBe("ubnd-quan-thanh-xuan");
  });

  it("answer a bounded preview: counts, the first rows, the diagnostics", async () => {
    const quan = await h.login("ubnd-quan");
    const rows = Array.from({ length: 45 }, (_, i) => `Hoạt động số ${i + 1}`);
    const r = await h.upload(quan, "save=0&year=2024", table(rows));
    expect(r.status).toBe(200);
    const body = (await r.json()) as {
      preview: { activityCount: number; activities: unknown[] };
      diagnostics: { counts: Record<string, number>; items: unknown[] };
      measure: { rows: number; maxColumns: number };
    };
    expect(body.preview.activityCount).toBe(45);
    expect(body.preview.activities.length).toBeLessThanOrEqual(50);
    expect(body.measure).toMatchObject({ rows: 46, maxColumns: 4 });
    expect(body.diagnostics.items.length).toBeLessThanOrEqual(200);
  });

  it("refuse documents over a limit, naming it (rows, columns, cells, inflated bytes)", async () => {
    const quan = await h.login("ubnd-quan");
    const many = await h.upload(quan, "save=0", table(Array.from({ length: 80 }, (_, i) => `Việc ${i}`)));
    expect(many.status).toBe(422);
    expect(await errorOf(many)).toMatchObject({
      code: "upload.row-limit",
      details: { limit: { name: "maxRows" } },
    });
    const wide = await h.upload(
      quan,
      "save=0",
      `${Array.from({ length: 30 }, (_, i) => `c${i}`).join(",")}\n`,
      "a.csv",
    );
    expect(wide.status).toBe(422);
    expect((await errorOf(wide)).code).toBe("upload.column-limit");
    const big = await h.upload(quan, "save=0", docxWith(30_000), "ke-hoach.docx");
    expect(big.status).toBe(413);
    const e = await errorOf(big);
    expect(e).toMatchObject({
      code: "upload.decompressed-limit",
      details: { limit: { name: "maxDecompressedBytes" } },
    });
    expect(e.vi).toContain("1 MiB");
    expect(e.en).toContain("1 MiB");
  });

  it("answer a worker past its time limit with a clean error, and keep serving", async () => {
    const slow = await createHarness({ uploadLimits: { timeLimitMs: 1 } });
    const quan = await slow.login("ubnd-quan");
    for (let i = 0; i < 2; i++) {
      const r = await slow.upload(quan, "save=0", table(["Gặp mặt"]));
      expect(r.status).toBe(422);
      expect((await errorOf(r)).code).toBe("upload.time-limit");
      expect((await slow.app.request("/api/health")).status).toBe(200);
    }
  }, 180_000);
});
