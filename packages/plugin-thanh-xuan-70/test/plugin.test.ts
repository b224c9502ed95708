import { readFileSync } from "node:fs";
import { createKehoach, findDocumentRefs, findTargets } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { ISSUER_ID, keHoach70NamGiaiPhongThuDo, PLAN_ID, thanhXuan70 } from "../src/index";

describe("the Thanh Xuân plugin", () => {
  const kehoach = createKehoach({ plugins: [thanhXuan70] });

  it("carries the anniversary and the issuer", () => {
    expect(kehoach.anniversary).toEqual({
      event: "Ngày Giải phóng Thủ đô",
      date: "1954-10-10",
      years: 70,
      on: "2024-10-10",
    });
    expect(kehoach.registry.get(ISSUER_ID)?.name).toBe("Ủy ban nhân dân quận Thanh Xuân");
    expect(kehoach.registry.lookup("UBND quận Thanh Xuân")?.id).toBe(ISSUER_ID);
  });

  it("has the 11 wards of 2024 and none in 2025", () => {
    expect(kehoach.registry.wardsAt("2024-10-10").map((w) => w.id)).toHaveLength(11);
    expect(kehoach.registry.wardsAt("2025-01-01")).toEqual([]);
    expect(kehoach.registry.lookupWard("KĐ")?.id).toBe("khuong-dinh");
    expect(kehoach.registry.lookupWard("phường TXB")?.id).toBe("thanh-xuan-bac");
  });

  it("ships the seed document exactly as in plans/", () => {
    const file = readFileSync(
      new URL("../plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
      "utf8",
    );
    expect(keHoach70NamGiaiPhongThuDo).toBe(file);
    const plan = kehoach.plans.find((p) => p.id === PLAN_ID);
    expect(plan?.content).toBe(file);
    expect(plan).toMatchObject({ format: "text", year: 2024, issuer: ISSUER_ID });
  });

  it("finds every document the seed cites", () => {
    const refs = findDocumentRefs(keHoach70NamGiaiPhongThuDo).map(
      (f) => `${f.ref.number ?? ""}/${f.ref.symbol}`,
    );
    expect(refs).toEqual([
      "/KH-UBND",
      "02/KH-UBND",
      "63/KH-UBND",
      "331/UBND-VH&TT",
      "386/UBND-VH&TT",
      "541/UBND-VH&TT",
      "99/KH-UBND",
      "90/KH-UBND",
      "86/KH-UBND",
      "609/UBND-VH&TT",
      "2423/UBND-NV",
      "45/UBND-QLĐT",
      "/KH-UBND",
    ]);
  });

  it("finds the targets of 4.2 and 4.4 in the seed's rows", () => {
    const row = (code: string) =>
      keHoach70NamGiaiPhongThuDo.split("\n").find((l) => l.startsWith(`${code}\t`)) ?? "";
    const district = (code: string) => row(code).split("\t")[5] ?? "";
    expect(
      findTargets(district("4.2"), { level: "district" }).map((t) => [t.quantity, t.noun, t.lead]),
    ).toEqual([
      [55, "gia đình chính sách", 1],
      [17, "trường hợp", 2],
    ]);
    expect(
      findTargets(district("4.4"), { level: "district" }).map((t) => [t.quantity, t.noun, t.lead]),
    ).toEqual([
      [5, "hộ gia đình", 1],
      [2, "nhà", 2],
    ]);
    expect(findTargets(row("2.2").split("\t")[6] ?? "", { level: "ward" })).toMatchObject([
      { quantity: 11, noun: "tuyến phố" },
    ]);
  });
});
