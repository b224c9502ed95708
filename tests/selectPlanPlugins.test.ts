import { selectPlanPlugins } from "@kehoach/core";
import { PLAN_ID as BA_DINH, phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { PLAN_ID as THANH_XUAN, thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { describe, expect, it } from "vitest";

const both = [thanhXuan70, phuongBaDinh80];
const issuer = (unitId: string | null) => ({
  unitId,
  name: "",
  source: "",
  requested: false,
  scope: "ward" as const,
  members: [] as string[],
  number: null,
});
const ids = (plan: Parameters<typeof selectPlanPlugins>[0]) =>
  selectPlanPlugins(plan, both).plugins.map((p) => p.id);

describe("selectPlanPlugins with the shipped plugins", () => {
  it("gives a shipped plan its own plugin only", () => {
    expect(ids({ id: THANH_XUAN, issuer: issuer("ubnd-quan-thanh-xuan") })).toEqual(["thanh-xuan-70"]);
    expect(ids({ id: BA_DINH, issuer: issuer("ubnd-phuong-ba-dinh") })).toEqual(["phuong-ba-dinh-80"]);
  });

  it("gives an uploaded plan the plugin of its issuer, and none to an unknown issuer", () => {
    expect(ids({ id: "ke-hoach-30-4", issuer: issuer("ubnd-phuong-ba-dinh") })).toEqual([
      "phuong-ba-dinh-80",
    ]);
    expect(ids({ id: "ke-hoach-khac", issuer: issuer("ubnd-quan-dong-da") })).toEqual([]);
    expect(ids({ id: "ke-hoach-khac", issuer: issuer(null) })).toEqual([]);
  });

  it("gives a plan that names its plugins exactly those, whatever its issuer", () => {
    const plan = { id: "ke-hoach-khac", issuer: issuer("ubnd-quan-thanh-xuan") };
    expect(ids({ ...plan, plugins: [{ id: "phuong-ba-dinh-80", version: "^0.1.0" }] })).toEqual([
      "phuong-ba-dinh-80",
    ]);
    expect(ids({ ...plan, plugins: [] })).toEqual([]);
  });
});
