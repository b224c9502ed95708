import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importPlan } from "../importPlan";

const seed = readFileSync(
  fileURLToPath(
    new URL("../../../plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
  ),
  "utf8",
);

describe("without a plugin, the units the document names are the plan's own", () => {
  it("the seed: leads get unit ids from their names as written, the issuer too", async () => {
    const { plan, diagnostics } = await importPlan({ data: seed });
    const noiVu = plan?.units.find((unit) => unit.name === "Phòng Nội vụ");
    expect(noiVu).toMatchObject({ id: "doc-phong-noi-vu", kind: "department", scope: "district" });
    expect(plan?.activities[0]?.leads).toMatchObject([
      { unitId: "doc-phong-noi-vu", source: "Phòng Nội vụ" },
    ]);
    expect(plan?.issuer).toMatchObject({
      unitId: "doc-ubnd-quan-thanh-xuan",
      source: "UBND quận Thanh Xuân",
    });
    // Groups the document names are group units, not unknown names.
    expect(plan?.units.find((unit) => unit.name === "Các phòng, ban, đơn vị liên quan")).toMatchObject({
      kind: "group",
      scope: "group",
      members: [],
    });
    expect(diagnostics.filter((d) => d.code === "import.units-from-document")).toHaveLength(1);
    // 75 warnings before; the rest name what is really not a unit name (abbreviations, a sentence).
    const unresolved = diagnostics.filter((d) => d.code === "unit.unresolved");
    expect(unresolved.length).toBeLessThan(20);
    expect(unresolved.map((d) => d.en)).not.toContain('Unknown unit "Phòng Nội vụ"; kept as written');
  });

  it("one unit for every spelling of a name (tone placement, case), named as first written", async () => {
    const text = [
      "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian",
      "1\tRà soát hồ sơ\tPhòng Văn hóa và Thông tin\tHội Cựu chiến binh quận, Đoàn Thanh niên quận\tTháng 3/2025",
      "2\tTập huấn cán bộ\tphòng văn hoá và thông tin\tCác đơn vị liên quan\tTháng 4/2025",
      "3\tTổng kết\tĐề nghị Hội Cựu chiến binh quận phối hợp với Phòng Văn hóa và Thông tin\t\tTháng 5/2025",
    ].join("\n");
    const { plan } = await importPlan({ data: text });
    const ids = (i: number) =>
      [...(plan?.activities[i]?.leads ?? []), ...(plan?.activities[i]?.coordinators ?? [])].map(
        (ref) => ref.unitId,
      );
    expect(ids(0)).toEqual([
      "doc-phong-van-hoa-va-thong-tin",
      "doc-hoi-cuu-chien-binh-quan",
      "doc-doan-thanh-nien-quan",
    ]);
    expect(ids(1)).toEqual(["doc-phong-van-hoa-va-thong-tin", "doc-cac-don-vi-lien-quan"]);
    expect(ids(2)).toEqual(["doc-hoi-cuu-chien-binh-quan", "doc-phong-van-hoa-va-thong-tin"]);
    expect(plan?.units.find((unit) => unit.id === "doc-phong-van-hoa-va-thong-tin")?.name).toBe(
      "Phòng Văn hóa và Thông tin",
    );
  });

  it("with a plugin, its registry alone names units (no units from the document)", async () => {
    const { thanhXuan70 } = await import("@kehoach/plugin-thanh-xuan-70");
    const { diagnostics } = await importPlan({ data: seed }, { plugins: [thanhXuan70] });
    expect(diagnostics.some((d) => d.code === "import.units-from-document")).toBe(false);
  });
});
