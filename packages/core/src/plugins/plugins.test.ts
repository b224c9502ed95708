import { describe, expect, it } from "vitest";
import { fixtureUnits, fixtureWards } from "../../test/fixtureUnits";
import { createKehoach, definePlugin, type PluginInput } from "./index";

const base: PluginInput = {
  id: "quan-a",
  name: "Quận A",
  version: "1.0.0",
  units: fixtureUnits,
  wards: fixtureWards,
  anniversary: { event: "Ngày Giải phóng Thủ đô", date: "1954-10-10", years: 70, on: "2024-10-10" },
  periodVocabulary: [{ text: "Lễ hội làng A", month: 2, day: 10, lunar: true }],
  exporters: [
    {
      id: "bao-cao-a",
      format: "md-a",
      extension: "md",
      mediaType: "text/markdown",
      label: { vi: "Báo cáo A", en: "Report A" },
      render: () => "# A",
    },
  ],
  lifecycle: {
    steps: [
      {
        state: "approved",
        after: "reported",
        event: "APPROVE",
        allowed: ["ubnd-quan-a"],
        label: { vi: "Đã duyệt", en: "Approved" },
      },
    ],
  },
};

describe("definePlugin", () => {
  it("validates, fills defaults and freezes", () => {
    const plugin = definePlugin({ id: "nho", name: "Nhỏ", version: "0.1.0" });
    expect(plugin).toMatchObject({ units: [], wards: [], plans: [], periodVocabulary: [], exporters: [] });
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(Object.isFrozen(plugin.units)).toBe(true);
  });
});

describe("createKehoach", () => {
  it("merges one plugin's parts", () => {
    const kehoach = createKehoach({ plugins: [definePlugin(base)] });
    expect(kehoach.plugins.map((p) => p.id)).toEqual(["quan-a"]);
    expect(kehoach.anniversary?.years).toBe(70);
    expect(kehoach.registry.lookup("Phòng VH&TT")?.id).toBe("phong-van-hoa-thong-tin");
    expect(kehoach.periodVocabulary.map((w) => w.text)).toEqual(["Lễ hội làng A"]);
    expect(kehoach.exporters.map((e) => e.format)).toEqual(["md-a"]);
    expect(kehoach.lifecycle.steps.map((s) => s.state)).toEqual(["approved"]);
    expect(Object.isFrozen(kehoach)).toBe(true);
  });
  it("merges two plugins deterministically and counts a repeated plugin once", () => {
    const a = definePlugin(base);
    const b = definePlugin({
      id: "phuong-b",
      name: "B",
      version: "1.0.0",
      units: [{ id: "phong-b", name: "Phòng B", kind: "department", scope: "district" }],
      periodVocabulary: [{ text: "Lễ hội B", month: 3, day: 3 }],
    });
    const ab = createKehoach({ plugins: [a, b, a] });
    const again = createKehoach({ plugins: [a, b] });
    expect(ab.plugins.map((p) => p.id)).toEqual(["quan-a", "phuong-b"]);
    expect(ab.registry.units.map((u) => u.id)).toEqual(again.registry.units.map((u) => u.id));
    expect(ab.periodVocabulary.map((w) => w.text)).toEqual(["Lễ hội làng A", "Lễ hội B"]);
  });
  it("accepts the same unit from two plugins when identical", () => {
    const shared = fixtureUnits[0];
    const b = definePlugin({ id: "khac", name: "Khác", version: "1.0.0", units: shared ? [shared] : [] });
    expect(createKehoach({ plugins: [definePlugin(base), b] }).registry.get("ubnd-quan-a")).toBeDefined();
  });
});
