import { describe, expect, it } from "vitest";
import { fixtureUnits, fixtureWards } from "../../test/fixtureUnits";
import { KehoachError } from "../errors/KehoachError";
import type { UnitInput } from "../model/Unit";
import { createUnitRegistry, resolveUnits } from "./index";

const registry = createUnitRegistry(fixtureUnits, fixtureWards);

describe("createUnitRegistry: bad data", () => {
  it("throws a bilingual KehoachError on invalid units", () => {
    const bad = [{ id: "Not a slug", name: "", kind: "department", scope: "district" }] as UnitInput[];
    expect(() => createUnitRegistry(bad, [])).toThrow(KehoachError);
    try {
      createUnitRegistry(bad, []);
    } catch (error) {
      expect(error).toBeInstanceOf(KehoachError);
      const e = error as KehoachError;
      expect(e.diagnostics.map((d) => d.location?.path)).toEqual([
        ["units", 0, "id"],
        ["units", 0, "name"],
      ]);
      expect(e.vi).toContain("Không tạo được danh mục đơn vị");
    }
  });
  it("throws on a duplicate unit id", () => {
    const unit = fixtureUnits[1] as UnitInput;
    expect(() => createUnitRegistry([unit, unit], [])).toThrow(/used twice/);
  });
  it("reports aliases claimed by two units, unknown parents and members", () => {
    const r = createUnitRegistry(
      [
        {
          id: "a",
          name: "Phòng A",
          aliases: ["PA"],
          kind: "department",
          scope: "district",
          parent: "nobody",
        },
        { id: "b", name: "Phòng B", aliases: ["PA"], kind: "department", scope: "district" },
        { id: "g", name: "Nhóm G", kind: "group", scope: "group", members: ["zzz"] },
      ],
      [{ id: "w", name: "W", district: "nowhere" }],
    );
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual([
      "registry.alias-conflict",
      "registry.unknown-district",
      "registry.unknown-member",
      "registry.unknown-parent",
    ]);
    expect(r.lookup("PA")).toBeNull();
    expect(r.lookupAll("PA").map((u) => u.id)).toEqual(["a", "b"]);
  });
  it("reports wards outside their district's lifetime and inverted validity", () => {
    const r = createUnitRegistry(
      [{ id: "q", name: "Quận Q", kind: "government", scope: "district", validTo: "2025-06-30" }],
      [
        { id: "w", name: "W", district: "q", validTo: "2026-01-01" },
        { id: "v", name: "V", validFrom: "2025-01-01", validTo: "2024-01-01" },
      ],
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      "registry.ward-outside-district",
      "registry.invalid-validity",
    ]);
  });
});

describe("resolveUnits: bad input", () => {
  it("returns diagnostics, not exceptions, for bad options", () => {
    const result = resolveUnits("Phòng VH&TT", { registry: {} as typeof registry });
    expect(result.refs).toEqual([]);
    expect(result.diagnostics[0]?.code).toBe("unit.invalid-options");
    expect(resolveUnits("x", { registry, date: "01/01/2024" }).diagnostics[0]?.code).toBe(
      "unit.invalid-options",
    );
    expect(resolveUnits(null as unknown as string, { registry }).diagnostics[0]?.code).toBe(
      "unit.invalid-text",
    );
  });
  it("gives an ambiguous name no guess", () => {
    const r = createUnitRegistry(
      [
        { id: "a", name: "Phòng A", aliases: ["PA"], kind: "department", scope: "district" },
        { id: "b", name: "Phòng B", aliases: ["PA"], kind: "department", scope: "district" },
      ],
      [],
    );
    const { refs, diagnostics } = resolveUnits("PA", { registry: r });
    expect(refs).toEqual([
      { unitId: null, name: "PA", source: "PA", requested: false, scope: "group", members: [], number: null },
    ]);
    expect(diagnostics[0]?.code).toBe("unit.ambiguous");
  });
  it("stays fast on a long hostile cell", () => {
    const cell = `${"Phòng, ".repeat(3000)}${"(1) ".repeat(500)}${"; ".repeat(2000)}`;
    const { refs } = resolveUnits(cell, { registry });
    expect(refs.length).toBeGreaterThan(0);
  });
  it("empty and blank cells give nothing", () => {
    expect(resolveUnits("   ;  - ", { registry })).toEqual({ refs: [], diagnostics: [] });
  });
});
