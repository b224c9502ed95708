import { createKehoach, resolveUnits } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { ISSUER_ID, phuongBaDinh80, RESIDENTIAL_GROUP_COUNT, residentialGroupId } from "../src/index";

const { registry } = createKehoach({ plugins: [phuongBaDinh80] });

describe("the Ba Đình registry under the two-level local government", () => {
  it("has one ward without a district, whose committee is the issuer, from 1 July 2025", () => {
    expect(registry.wardsAt("2025-07-01").map((w) => [w.id, w.district])).toEqual([["ba-dinh", null]]);
    expect(registry.wardsAt("2025-06-30")).toEqual([]);
    expect(registry.get(ISSUER_ID)).toMatchObject({
      name: "Ủy ban nhân dân phường Ba Đình",
      validFrom: "2025-07-01",
    });
  });

  it("keeps every unit out of plans dated before the reform", () => {
    const before = resolveUnits("Phòng Văn hóa - Xã hội", { registry, date: "2025-06-30" });
    expect(before.diagnostics.map((d) => d.code)).toEqual(["unit.not-valid-at-date"]);
    const after = resolveUnits("Phòng Văn hóa - Xã hội", { registry, date: "2025-07-01" });
    expect(after.diagnostics).toEqual([]);
    expect(
      phuongBaDinh80.units.filter((u) => u.validFrom !== "2025-07-01" && u.id !== "cac-don-vi-lien-quan"),
    ).toEqual([]);
  });

  it("expands 'Các tổ dân phố' to its residential groups, the lowest level of the plan", () => {
    const [ref] = resolveUnits("Các TDP", { registry, date: "2025-08-01" }).refs;
    expect(ref?.unitId).toBe("cac-to-dan-pho-phuong-ba-dinh");
    expect(ref?.members).toEqual(
      Array.from({ length: RESIDENTIAL_GROUP_COUNT }, (_, i) => residentialGroupId(i + 1)),
    );
    expect(registry.get(residentialGroupId(3))).toMatchObject({
      kind: "residential-group",
      parent: ISSUER_ID,
    });
    expect(resolveUnits("TDP số 7", { registry, date: "2025-08-01" }).refs[0]?.unitId).toBe(
      residentialGroupId(7),
    );
  });

  it("derives no district branches: the ward declares its own organisations", () => {
    const derived = registry.units
      .filter((u) => !phuongBaDinh80.units.some((p) => p.id === u.id))
      .map((u) => u.id);
    expect(derived.sort()).toEqual(["ubnd-cac-phuong", ISSUER_ID].sort());
  });
});
