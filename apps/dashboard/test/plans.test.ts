import { createKehoach } from "@kehoach/core";
import { PLAN_ID as BA_DINH, phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openStore } from "@kehoach/store";
import { describe, expect, it, vi } from "vitest";
import { seedStore } from "../src/server/seed/seedStore";
import { createHarness, PASSWORD, PLAN as THANH_XUAN } from "./harness";

// Every test seeds a store and signs in with scrypt (uploads start a worker): minutes, not seconds, on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

// Both shipped plugins registered in one createKehoach, as `npm start` does.
const both = createKehoach({ plugins: [thanhXuan70, phuongBaDinh80] }).plugins;

const decision = {
  kind: "decision",
  number: "88",
  symbol: "QĐ-UBND",
  date: "2025-09-10",
  month: null,
  issuer: null,
  subject: null,
  text: "Quyết định số 88/QĐ-UBND ngày 10/9/2025",
};
const reward = {
  decision,
  form: "Giấy khen",
  recipients: [{ kind: "collective", name: "Phòng Văn hóa - Xã hội phường Ba Đình" }],
};
const report = { results: { ward: { text: "Đã thăm, tặng 120 suất quà" } } };

type Detail = {
  actions: { type: string; ward: string | null; label?: { vi: string } }[];
  state: { status: string };
};

describe("the dashboard with both plugins (the plan switcher's API)", () => {
  it("seeds and lists both shipped plans, each with its own anniversary and lifecycle", async () => {
    const { read } = await createHarness({ plugins: both });
    const list = (await (await read("/api/plans")).json()) as {
      plans: { plan: string; title: string }[];
    };
    expect(list.plans.map((p) => p.plan).sort()).toEqual([THANH_XUAN, BA_DINH].sort());

    const summary = async (id: string) =>
      (await (await read(`/api/plans/${id}`)).json()) as {
        issuer: { unitId: string };
        anniversary: { on: string; years: number };
        activityCount: number;
        plugins: string[];
        states: { status: string; label: { vi: string; en: string }; final: boolean }[];
      };
    const tx = await summary(THANH_XUAN);
    const bd = await summary(BA_DINH);
    expect([tx.issuer.unitId, tx.anniversary.on, tx.anniversary.years, tx.plugins]).toEqual([
      "ubnd-quan-thanh-xuan",
      "2024-10-10",
      70,
      ["thanh-xuan-70"],
    ]);
    expect([bd.issuer.unitId, bd.anniversary.on, bd.anniversary.years, bd.plugins]).toEqual([
      "ubnd-phuong-ba-dinh",
      "2025-09-02",
      80,
      ["phuong-ba-dinh-80"],
    ]);
    expect(tx.states.map((s) => s.status)).toEqual([
      "planned",
      "inProgress",
      "reported",
      "rewarded",
      "cancelled",
    ]);
    expect(bd.states.map((s) => s.status)).toEqual([
      "planned",
      "inProgress",
      "reported",
      "approved",
      "rewarded",
      "cancelled",
    ]);
    expect(bd.states[3]?.label.vi).toBe("Chủ tịch UBND phường đã phê duyệt");
    expect(tx.states[0]?.label).toEqual({ vi: "Chưa triển khai", en: "Planned" });
    expect(bd.activityCount).toBeGreaterThan(10);
  });

  it("answers each plan's activities and status", async () => {
    const { read } = await createHarness({ plugins: both });
    const rows = async (id: string, q = "") =>
      (
        (await (await read(`/api/plans/${id}/activities${q}`)).json()) as {
          activities: { id: string; code: string }[];
        }
      ).activities.map((a) => a.id);
    expect(await rows(BA_DINH, "?q=me%20viet%20nam%20anh%20hung")).toEqual(["t1-3.3"]);
    expect(await rows(BA_DINH, "?lead=hoi-cuu-chien-binh-phuong-ba-dinh")).toEqual(["t1-3.3"]);
    expect(await rows(THANH_XUAN, "?q=khuong%20dinh")).toEqual(["t1-2.2"]);
    const status = (await (await read(`/api/plans/${BA_DINH}/status?asOf=2025-08-01`)).json()) as {
      anniversary: { on: string };
      activities: { id: string; status: string }[];
    };
    expect(status.anniversary.on).toBe("2025-09-02");
    expect(status.activities.find((a) => a.id === "t1-3.1")?.status).toBe("planned");
  });

  it("offers the approval step in the Ba Đình plan only, and the engine enforces it", async () => {
    const { login, event } = await createHarness({ plugins: both });
    const vhxh = await login("vhxh-ba-dinh");
    const chair = await login("ubnd-ba-dinh");
    const district = await login("ubnd-quan");
    const ttvh = await login("ttvh");
    const detail = async (client: typeof chair, plan: string, id: string) =>
      (await (await client.get(`/api/plans/${plan}/activities/${id}`)).json()) as Detail;

    expect((await event(vhxh, "t1-3.1", { type: "START" }, BA_DINH)).status).toBe(201);
    expect((await event(vhxh, "t1-3.1", { type: "REPORT", payload: report }, BA_DINH)).status).toBe(201);

    const reported = await detail(chair, BA_DINH, "t1-3.1");
    expect(reported.state.status).toBe("reported");
    expect(reported.actions.map((a) => a.type)).toEqual(["APPROVE", "RETURN", "CANCEL"]);
    expect(reported.actions[0]?.label?.vi).toBe("Chủ tịch UBND phường đã phê duyệt");
    // The district's administrator is not this plan's issuer: nothing to offer, and the engine refuses.
    expect((await detail(district, BA_DINH, "t1-3.1")).actions).toEqual([]);
    const foreign = await event(district, "t1-3.1", { type: "APPROVE" }, BA_DINH);
    expect(foreign.status).toBe(403);

    const early = await event(chair, "t1-3.1", { type: "REWARD", payload: reward }, BA_DINH);
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe(
      "lifecycle.invalid-transition",
    );

    expect(
      (await event(chair, "t1-3.1", { type: "APPROVE", payload: { note: "Đồng ý" } }, BA_DINH)).status,
    ).toBe(201);
    const approved = await detail(chair, BA_DINH, "t1-3.1");
    expect(approved.state.status).toBe("approved");
    expect(approved.actions.map((a) => a.type)).toEqual(["RETURN", "REWARD", "CANCEL"]);
    expect((await event(chair, "t1-3.1", { type: "REWARD", payload: reward }, BA_DINH)).status).toBe(201);
    expect((await detail(chair, BA_DINH, "t1-3.1")).state.status).toBe("rewarded");

    // The plan's own plugin's exporter: Ba Đình's one-page announcement of the rewarded collectives.
    const formats = async (plan: string) =>
      (
        (await (await chair.get(`/api/plans/${plan}/exports`)).json()) as { formats: { format: string }[] }
      ).formats.map((f) => f.format);
    expect(await formats(BA_DINH)).toContain("thong-bao-khen-thuong");
    expect(await formats(THANH_XUAN)).not.toContain("thong-bao-khen-thuong");
    const announcement = await chair.get(
      `/api/plans/${BA_DINH}/export?report=progress&format=thong-bao-khen-thuong`,
    );
    expect(announcement.status).toBe(200);
    expect(announcement.headers.get("content-type")).toContain("text/html");
    expect(await announcement.text()).toContain("Phòng Văn hóa - Xã hội phường Ba Đình");
    const elsewhere = await chair.get(
      `/api/plans/${THANH_XUAN}/export?report=progress&format=thong-bao-khen-thuong`,
    );
    expect(elsewhere.status).toBe(422);

    // Thanh Xuân's plan keeps the core lifecycle: reported → REWARD, no APPROVE.
    expect((await event(ttvh, "t1-3.1", { type: "START" })).status).toBe(201);
    expect(
      (await event(ttvh, "t1-3.1", { type: "REPORT", payload: { results: { district: { text: "Xong" } } } }))
        .status,
    ).toBe(201);
    const tx = await detail(district, THANH_XUAN, "t1-3.1");
    expect(tx.actions.map((a) => a.type)).toEqual(["RETURN", "REWARD", "CANCEL"]);
    const approve = await event(district, "t1-3.1", { type: "APPROVE" });
    expect(approve.status).not.toBe(201);
  });

  it("adds a shipped plan the store lacks on a later start, and changes nothing when run again", async () => {
    const store = await openStore("memory:");
    const first = await seedStore(store, { plugins: [thanhXuan70], password: PASSWORD });
    expect(first.plans.map((p) => p.id)).toEqual([THANH_XUAN]);
    const second = await seedStore(store, { plugins: both, password: PASSWORD });
    expect(second.plans.map((p) => p.id)).toEqual([BA_DINH]);
    expect(second.plans[0]?.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(second.accounts).toEqual([]);
    const third = await seedStore(store, { plugins: both, password: PASSWORD });
    expect([third.plans, third.accounts]).toEqual([[], []]);
    expect((await store.listPlans()).map((p) => p.plan).sort()).toEqual([THANH_XUAN, BA_DINH].sort());
    await store.close();
  });

  it("imports an uploaded plan with both plugins' merged registry", async () => {
    const { app, login } = await createHarness({ plugins: both });
    const issuer = await login("ubnd-quan");
    const header = "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp thực hiện\tThời gian\tDự kiến kết quả";
    const row =
      "1\tHội thi tuyên truyền\tPhòng Nội vụ\tUBND các phường; Các đơn vị liên quan\tTháng 9/2024\tHoàn thành";
    const r = await app.request("/api/plans/import?save=0&year=2024", {
      method: "POST",
      headers: {
        "content-type": "text/plain",
        "x-file-name": "ke-hoach-thu.txt",
        cookie: issuer.cookie,
        "x-csrf-token": issuer.csrfToken,
      },
      body: `**BIỂU TỔNG HỢP**\n\n${header}\n${row}\n`,
    });
    expect(r.status).toBe(200);
    const { preview } = (await r.json()) as {
      preview: {
        activities: { leads: { unitId: string }[]; coordinators: { unitId: string; members: number }[] }[];
      };
    };
    const activity = preview.activities[0];
    expect(activity?.leads.map((u) => u.unitId)).toEqual(["phong-noi-vu"]);
    expect(activity?.coordinators.map((u) => u.unitId)).toEqual(["ubnd-cac-phuong", "cac-don-vi-lien-quan"]);
    expect(activity?.coordinators[0]?.members).toBe(11);
  });
});
