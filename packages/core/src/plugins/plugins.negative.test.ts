import { describe, expect, it } from "vitest";
import { KehoachError } from "../errors/KehoachError";
import { createKehoach, definePlugin, type PluginInput, tryCreateKehoach } from "./index";

const minimal: PluginInput = {
  id: "a",
  name: "A",
  version: "1.0.0",
  units: [{ id: "phong-a", name: "Phòng A", aliases: ["PA"], kind: "department", scope: "district" }],
};

function codes(options: Parameters<typeof tryCreateKehoach>[0]): string[] {
  return tryCreateKehoach(options).diagnostics.map((d) => d.code);
}

describe("definePlugin: clear errors", () => {
  it("rejects a bad shape with paths, in both languages", () => {
    try {
      definePlugin({ id: "Bad Id", name: "", version: "one" } as PluginInput);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KehoachError);
      const e = error as KehoachError;
      expect(e.diagnostics.map((d) => d.location?.path)).toEqual([["id"], ["name"], ["version"]]);
      expect(e.message).toContain('Plugin "Bad Id" is invalid');
      expect(e.vi).toContain('Plugin "Bad Id" không hợp lệ');
    }
  });
  it("rejects duplicate unit ids, shared aliases, unknown units and wards outside their validity", () => {
    expect(() =>
      definePlugin({ ...minimal, units: [...(minimal.units ?? []), ...(minimal.units ?? [])] }),
    ).toThrow(/used twice/);
    expect(() =>
      definePlugin({
        ...minimal,
        units: [
          ...(minimal.units ?? []),
          { id: "phong-b", name: "Phòng B", aliases: ["PA"], kind: "department", scope: "district" },
        ],
      }),
    ).toThrow(/claimed by both/);
    expect(() =>
      definePlugin({
        ...minimal,
        units: [{ id: "x", name: "X", kind: "department", scope: "district", parent: "ghost" }],
      }),
    ).toThrow(/unknown parent/);
    expect(() =>
      definePlugin({
        ...minimal,
        units: [{ id: "q", name: "Quận Q", kind: "government", scope: "district", validTo: "2025-06-30" }],
        wards: [{ id: "w", name: "W", district: "q", validTo: "2026-12-31" }],
      }),
    ).toThrow(/outside the lifetime/);
    expect(() =>
      definePlugin({
        ...minimal,
        plans: [{ id: "p", title: "P", format: "text", content: "x", year: 2024, issuer: "ghost" }],
      }),
    ).toThrow(/unknown issuer/);
  });
});

describe("createKehoach: no silent shadowing", () => {
  const a = definePlugin(minimal);
  it("rejects two different plugins with one id", () => {
    expect(codes({ plugins: [a, definePlugin({ ...minimal, version: "2.0.0" })] })).toEqual([
      "kehoach.duplicate-plugin",
    ]);
  });
  it("rejects a unit defined differently by two plugins", () => {
    const b = definePlugin({
      ...minimal,
      id: "b",
      units: [{ id: "phong-a", name: "Phòng A khác", kind: "department", scope: "district" }],
    });
    expect(codes({ plugins: [a, b] })).toEqual(["kehoach.unit-conflict"]);
  });
  it("rejects an alias claimed across plugins", () => {
    const b = definePlugin({
      id: "b",
      name: "B",
      version: "1.0.0",
      units: [{ id: "phong-b", name: "Phòng B", aliases: ["PA"], kind: "department", scope: "district" }],
    });
    expect(codes({ plugins: [a, b] })).toEqual(["registry.alias-conflict"]);
  });
  it("rejects two anniversaries, two time words and two exporters of one format", () => {
    const x = definePlugin({
      id: "x",
      name: "X",
      version: "1.0.0",
      anniversary: { event: "E", date: "1954-10-10", years: 70, on: "2024-10-10" },
      periodVocabulary: [{ text: "Hội làng", month: 1, day: 1 }],
      exporters: [
        {
          id: "e1",
          format: "f",
          extension: "md",
          mediaType: "text/markdown",
          label: { vi: "a", en: "a" },
          render: () => "",
        },
      ],
    });
    const y = definePlugin({
      id: "y",
      name: "Y",
      version: "1.0.0",
      anniversary: { event: "E", date: "1975-04-30", years: 50, on: "2025-04-30" },
      periodVocabulary: [{ text: "hội làng", month: 2, day: 2 }],
      exporters: [
        {
          id: "e2",
          format: "f",
          extension: "md",
          mediaType: "text/markdown",
          label: { vi: "b", en: "b" },
          render: () => "",
        },
      ],
    });
    // Different anniversaries are not a conflict: each plugin's plan celebrates its own.
    expect(codes({ plugins: [x, y] }).sort()).toEqual([
      "kehoach.exporter-conflict",
      "kehoach.period-word-conflict",
    ]);
  });
  it("rejects lifecycle steps naming unknown units or clashing states", () => {
    const step = {
      state: "approved",
      after: "reported",
      event: "APPROVE",
      allowed: ["ghost"],
      label: { vi: "Duyệt", en: "Approved" },
    };
    const x = definePlugin({ ...minimal, lifecycle: { steps: [step] } });
    expect(codes({ plugins: [x] })).toEqual(["kehoach.unknown-unit"]);
    const y = definePlugin({
      id: "y",
      name: "Y",
      version: "1.0.0",
      lifecycle: { steps: [{ ...step, allowed: ["issuer"] }] },
    });
    const z = definePlugin({
      id: "z",
      name: "Z",
      version: "1.0.0",
      lifecycle: { steps: [{ ...step, allowed: ["issuer"] }] },
    });
    expect(codes({ plugins: [y, z] }).length).toBeGreaterThan(0);
  });
  it("throws a KehoachError from createKehoach and never for bad options in tryCreateKehoach", () => {
    expect(() => createKehoach({ plugins: [{ id: 1 }] })).toThrow(KehoachError);
    expect(tryCreateKehoach("nope" as unknown as { plugins: [] }).ok).toBe(false);
  });
});
