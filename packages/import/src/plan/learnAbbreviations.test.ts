import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { describe, expect, it } from "vitest";
import { importPlan } from "../importPlan";

const header = "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian";

function table(...rows: string[]): string {
  return ["**KẾ HOẠCH ĐÀO TẠO NĂM 2025**", "", header, ...rows].join("\n");
}

describe("abbreviations the document defines", () => {
  it("learns 'Phòng Đào tạo (P3)' and resolves a later 'P3' to the same unit of the document's own", async () => {
    const text = table(
      "1\tTập huấn giảng viên\tPhòng Đào tạo (P3)\tCác khoa\tQuý I/2025",
      "2\tRà soát chương trình\tP3\tPhòng Đào tạo\tQuý II/2025",
    );
    const { plan, diagnostics } = await importPlan({ data: text, fileName: "dao-tao.txt" });
    const [first, second] = plan?.activities ?? [];
    expect(first?.leads.map((ref) => [ref.unitId, ref.name, ref.source])).toEqual([
      ["doc-phong-dao-tao", "Phòng Đào tạo", "Phòng Đào tạo (P3)"],
    ]);
    expect(second?.leads.map((ref) => [ref.unitId, ref.name, ref.source])).toEqual([
      ["doc-phong-dao-tao", "Phòng Đào tạo", "P3"],
    ]);
    expect(second?.coordinators[0]?.unitId).toBe("doc-phong-dao-tao");
    expect(plan?.units.find((unit) => unit.id === "doc-phong-dao-tao")).toMatchObject({
      name: "Phòng Đào tạo",
      short: "P3",
      kind: "department",
    });
    const learned = diagnostics.filter((d) => d.code === "import.abbreviation-learned");
    expect(learned).toHaveLength(1);
    expect(learned[0]).toMatchObject({
      severity: "info",
      location: { file: "dao-tao.txt", line: 4, span: { start: 14, end: 18 } },
    });
    expect(learned[0]?.vi).toContain('"P3"');
    expect(learned[0]?.en).toContain("Phòng Đào tạo");
    // "P3" no longer reads as an unknown unit.
    expect(diagnostics.some((d) => d.code === "unit.unresolved" && d.vi.includes('"P3"'))).toBe(false);
  });

  it("learns a definition made inside a content cell, for the whole document (a use above it too)", async () => {
    const text = table(
      "1\tChuẩn bị tài liệu\tTTKT\t\tTháng 3/2025",
      "2\tTổ chức thi do Trung tâm Khảo thí (TTKT) chủ trì\tTTKT\t\tTháng 6/2025",
    );
    const { plan } = await importPlan({ data: text });
    expect(plan?.activities.map((activity) => activity.leads[0]?.unitId)).toEqual([
      "doc-trung-tam-khao-thi",
      "doc-trung-tam-khao-thi",
    ]);
    expect(plan?.units.find((unit) => unit.id === "doc-trung-tam-khao-thi")?.kind).toBe("public-service");
  });

  it("ties an abbreviation to a registry unit when the name is one", async () => {
    const text = [
      "**KẾ HOẠCH**",
      "",
      header,
      "1\tTuyên truyền\tTrung tâm Văn hóa - Thông tin và Thể thao quận (TT3T)\t\tTháng 5/2024",
      "2\tTriển lãm\tTT3T\tUBND các phường\tTháng 9/2024",
    ].join("\n");
    const { plan, diagnostics } = await importPlan({ data: text }, { plugins: [thanhXuan70] });
    expect(plan?.activities.map((activity) => activity.leads[0]?.unitId)).toEqual([
      "trung-tam-van-hoa-thong-tin-the-thao",
      "trung-tam-van-hoa-thong-tin-the-thao",
    ]);
    expect(plan?.units.filter((unit) => unit.short === "TT3T")).toEqual([]);
    expect(diagnostics.find((d) => d.code === "import.abbreviation-learned")?.en).toContain(
      "trung-tam-van-hoa-thong-tin-the-thao",
    );
  });
});
