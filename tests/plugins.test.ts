import { createKehoach, createPlanEngine, type Plugin, resolveUnits } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import { parsePeriod } from "@kehoach/period";
import { PLAN_ID as BA_DINH_PLAN, phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { PLAN_ID as THANH_XUAN_PLAN, thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { describe, expect, it } from "vitest";

const alone = (plugin: Plugin) => createKehoach({ plugins: [plugin] });
const both = createKehoach({ plugins: [thanhXuan70, phuongBaDinh80] });

/** The plugin that ships a plan: what an app (the dashboard's plan switcher) looks up. */
const pluginOf = (planId: string) => both.plugins.find((p) => p.plans.some((s) => s.id === planId));

describe("the Thanh Xuân (2024, district) and Ba Đình (2025, ward) plugins in one createKehoach", () => {
  it("register together, in either order, with nothing refused", () => {
    const reversed = createKehoach({ plugins: [phuongBaDinh80, thanhXuan70] });
    expect(both.plugins.map((p) => p.id)).toEqual(["thanh-xuan-70", "phuong-ba-dinh-80"]);
    expect(reversed.registry.units.length).toBe(both.registry.units.length);
  });

  it("merge every unit: only the identical open group 'Các đơn vị liên quan' is shared", () => {
    const ids = (k: ReturnType<typeof alone>) => new Set(k.registry.units.map((u) => u.id));
    const tx = ids(alone(thanhXuan70));
    const bd = ids(alone(phuongBaDinh80));
    const shared = [...tx].filter((id) => bd.has(id));
    // Ward-derived units are rebuilt from the merged wards: one ubnd-cac-phuong lists both plugins' wards,
    // and Thanh Xuân's district organisations get no branch in Ba Đình (a ward of no district).
    expect(shared.sort()).toEqual(["cac-don-vi-lien-quan", "ubnd-cac-phuong"]);
    expect(both.registry.units.length).toBe(tx.size + bd.size - shared.length);
    expect(both.registry.get("lien-doan-lao-dong-phuong-ba-dinh")).toBeUndefined();
    expect(both.registry.get("hoi-cuu-chien-binh-phuong-ba-dinh")?.name).toBe(
      "Hội Cựu chiến binh phường Ba Đình",
    );
    expect(both.registry.wardsAt("2024-10-10").map((w) => w.id)).toHaveLength(11);
    expect(both.registry.wardsAt("2025-09-02").map((w) => w.id)).toEqual(["ba-dinh"]);
  });

  it("keep both anniversaries, one per plugin", () => {
    expect(both.anniversary).toBeNull();
    expect(both.anniversaries.map((a) => [a.plugin, a.anniversary.years, a.anniversary.on])).toEqual([
      ["thanh-xuan-70", 70, "2024-10-10"],
      ["phuong-ba-dinh-80", 80, "2025-09-02"],
    ]);
    expect(alone(phuongBaDinh80).anniversary?.on).toBe("2025-09-02");
  });

  it("resolve each plan's names by date: the district's units in 2024, the ward's in 2025", () => {
    const ids = (cell: string, date: string) =>
      resolveUnits(cell, { registry: both.registry, date }).refs.map((r) => r.unitId);
    expect(ids("Phòng Nội vụ; UBND các phường", "2024-04-01")).toEqual(["phong-noi-vu", "ubnd-cac-phuong"]);
    expect(
      resolveUnits("UBND các phường", { registry: both.registry, date: "2024-04-01" }).refs[0]?.members,
    ).toHaveLength(11);
    expect(ids("Phòng Văn hóa - Xã hội; Các tổ dân phố; Công an phường", "2025-08-01")).toEqual([
      "phong-van-hoa-xa-hoi-phuong-ba-dinh",
      "cac-to-dan-pho-phuong-ba-dinh",
      "cong-an-phuong-ba-dinh",
    ]);
  });

  it("carry the Ba Đình time words, exporter and lifecycle step", () => {
    expect(both.periodVocabulary.map((w) => w.text)).toContain("dịp A80");
    const a80 = parsePeriod("Dịp A80", { year: 2025, vocabulary: [...both.periodVocabulary] });
    expect([a80.start, a80.end]).toEqual(["2025-09-02", "2025-09-02"]);
    expect(both.exporters.map((e) => e.format)).toEqual(["thong-bao-khen-thuong"]);
    expect(both.lifecycle.steps.map((s) => `${s.after}>${s.state}:${s.event}`)).toEqual([
      "reported>approved:APPROVE",
    ]);
    expect(both.plans.map((p) => p.id)).toEqual([THANH_XUAN_PLAN, BA_DINH_PLAN]);
  });

  it("import each shipped plan with the merged registry exactly as with its own plugin alone", async () => {
    for (const planId of [THANH_XUAN_PLAN, BA_DINH_PLAN]) {
      const source = both.plans.find((p) => p.id === planId);
      const plugin = pluginOf(planId);
      if (!source || !plugin) throw new Error(`no plan ${planId}`);
      const tools = {
        parsePeriod: (text: string, o: { year: number }) =>
          parsePeriod(text, { ...o, vocabulary: [...plugin.periodVocabulary] }),
      };
      const data = { data: source.content, fileName: source.fileName };
      const merged = await importPlan(data, { plugins: [plugin], registry: both.registry, tools });
      const own = await importPlan(data, { plugins: [plugin], tools });
      const refs = (r: typeof own) =>
        r.plan?.activities.map((a) => [a.id, ...[...a.leads, ...a.coordinators].map((u) => u.unitId)]);
      expect(refs(merged)).toEqual(refs(own));
      expect(merged.diagnostics.map((d) => d.code)).toEqual(own.diagnostics.map((d) => d.code));
    }
  });

  it("run each plan's engine with its own plugin's lifecycle (the Ba Đình step stays out of Thanh Xuân)", async () => {
    const engineOf = async (planId: string) => {
      const plugin = pluginOf(planId);
      const source = both.plans.find((p) => p.id === planId);
      if (!plugin || !source) throw new Error(planId);
      const { plan } = await importPlan(
        { data: source.content, fileName: source.fileName },
        { plugins: [plugin] },
      );
      if (!plan) throw new Error(planId);
      return createPlanEngine(plan, { plugins: [plugin] });
    };
    expect((await engineOf(THANH_XUAN_PLAN)).machineVersion).toBe("1");
    expect((await engineOf(BA_DINH_PLAN)).machineVersion).toBe("1+reported>approved:APPROVE");
  });
});
