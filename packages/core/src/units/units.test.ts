import { describe, expect, it } from "vitest";
import { fixtureUnits, fixtureWards } from "../../test/fixtureUnits";
import { createUnitRegistry, resolveUnits, unitKey } from "./index";

const registry = createUnitRegistry(fixtureUnits, fixtureWards);

describe("unitKey", () => {
  it.each([
    ["Phòng Văn hoá và Thông tin quận", "phòng văn hóa và thông tin"],
    ["P. QLĐT", "Phòng QLĐT"],
    ["TT.VH-TT&TT", "TTVH-TT&TT"],
    ["VH&amp;TT", "VH & TT"],
    ["Phòng Thuỷ lợi", "PHÒNG THỦY LỢI"],
    ["hy vọng", "hi vọng"],
    ["Pho\u0300ng Văn hóa", "Phòng Văn hóa"],
  ])("%s = %s", (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });
  it("keeps different units apart", () => {
    expect(unitKey("Phòng Văn hóa")).not.toBe(unitKey("Phòng Văn hoa"));
  });
});

describe("createUnitRegistry", () => {
  it("indexes names, aliases and department names without 'Phòng'", () => {
    expect(registry.lookup("Văn hóa và Thông tin")?.id).toBe("phong-van-hoa-thong-tin");
    expect(registry.lookup("Phòng VH&amp;TT quận")?.id).toBe("phong-van-hoa-thong-tin");
    expect(registry.lookup("TT.VH-TT&TT")?.id).toBe("trung-tam-van-hoa");
    expect(registry.lookup("hy vọng")?.id).toBe("phong-thuy-loi");
  });
  it("matches text typed without accents when nothing matches exactly", () => {
    expect(registry.lookup("Phong Van hoa va Thong tin")?.id).toBe("phong-van-hoa-thong-tin");
  });
  it("derives ward committees, ward branches and groups", () => {
    expect(registry.get("ubnd-phuong-khuong-dinh")?.name).toBe("Ủy ban nhân dân phường Khương Đình");
    expect(registry.get("hoi-cuu-chien-binh-phuong-thanh-xuan-bac")?.name).toBe(
      "Hội Cựu chiến binh phường Thanh Xuân Bắc",
    );
    expect(registry.get("ubnd-cac-phuong")?.members).toHaveLength(3);
    expect(registry.lookup("UBND phường Khương Đình", { date: "2024-05-01" })?.id).toBe(
      "ubnd-phuong-khuong-dinh",
    );
  });
  it("tells wards apart by validity", () => {
    expect(registry.wardsAt("2024-05-01").map((w) => w.id)).toEqual(["khuong-dinh", "thanh-xuan-bac"]);
    expect(registry.wardsAt("2025-03-01").map((w) => w.id)).toEqual(["khuong-dinh-moi"]);
    expect(registry.lookupWard("phường KĐ", { date: "2024-05-01" })?.id).toBe("khuong-dinh");
    expect(registry.lookupWard("KĐ", { date: "2025-03-01" })?.id).toBe("khuong-dinh-moi");
    expect(registry.lookupWard("KĐ")).toBeNull();
    expect(registry.diagnostics).toEqual([]);
  });
  it("is frozen", () => {
    expect(Object.isFrozen(registry)).toBe(true);
    expect(Object.isFrozen(registry.units)).toBe(true);
  });
});

describe("resolveUnits", () => {
  it("keeps numbers, requested flags and spans", () => {
    const cell = "(1) Trung tâm Văn hóa - Thông tin và Thể thao quận; (2) P. QLĐT (3) Đề nghị Hội CCB quận";
    const { refs, diagnostics } = resolveUnits(cell, { registry, date: "2024-05-01" });
    expect(refs.map((r) => [r.number, r.unitId, r.requested])).toEqual([
      [1, "trung-tam-van-hoa", false],
      [2, "phong-quan-ly-do-thi", false],
      [3, "hoi-cuu-chien-binh", true],
    ]);
    expect(diagnostics).toEqual([]);
  });
  it("expands 'UBND các phường' to the wards valid at the date", () => {
    const [in2024] = resolveUnits("UBND các phường", { registry, date: "2024-05-01" }).refs;
    const [in2025] = resolveUnits("UBND các phường", { registry, date: "2025-03-01" }).refs;
    expect(in2024?.members).toEqual(["ubnd-phuong-khuong-dinh", "ubnd-phuong-thanh-xuan-bac"]);
    expect(in2025?.members).toEqual(["ubnd-phuong-khuong-dinh-moi"]);
  });
  it("reads ward short forms", () => {
    const { refs } = resolveUnits("UBND phường KĐ, TXB", { registry, date: "2024-05-01" });
    expect(refs.map((r) => [r.unitId, r.scope])).toEqual([
      ["ubnd-phuong-khuong-dinh", "ward"],
      ["ubnd-phuong-thanh-xuan-bac", "ward"],
    ]);
  });
  it("keeps resolved and unresolved parts in the cell's order", () => {
    const cell = "Phòng VH&TT, Sở Du lịch, Hội CCB quận";
    const { refs, diagnostics } = resolveUnits(cell, { registry });
    expect(refs.map((r) => r.unitId ?? r.source)).toEqual([
      "phong-van-hoa-thong-tin",
      "Sở Du lịch",
      "hoi-cuu-chien-binh",
    ]);
    expect(diagnostics.map((d) => [d.code, d.location?.span])).toEqual([
      ["unit.unresolved", { start: cell.indexOf("Sở"), end: cell.indexOf("Sở") + "Sở Du lịch".length }],
    ]);
  });
  it("flags a unit that no longer exists at the date, still naming it", () => {
    const { refs, diagnostics } = resolveUnits("UBND phường Thanh Xuân Bắc", {
      registry,
      date: "2025-03-01",
    });
    expect(refs[0]?.unitId).toBe("ubnd-phuong-thanh-xuan-bac");
    expect(diagnostics.map((d) => d.code)).toEqual(["unit.not-valid-at-date"]);
  });
  it("copies the cell's location into diagnostics", () => {
    const { diagnostics } = resolveUnits("Ban Không Có", {
      registry,
      location: { file: "a.txt", line: 7, cell: "C7" },
    });
    expect(diagnostics[0]?.location).toEqual({
      file: "a.txt",
      line: 7,
      cell: "C7",
      span: { start: 0, end: 12 },
    });
  });
});
