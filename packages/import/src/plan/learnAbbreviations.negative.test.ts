import { createUnitRegistry } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { describe, expect, it } from "vitest";
import { seedText } from "../../test/seed";
import { importPlan } from "../importPlan";
import { learnAbbreviations } from "./learnAbbreviations";

const empty = createUnitRegistry([], []);

describe("what is not an abbreviation's definition", () => {
  it.each([
    ["a numbered item", "(1) Trung tâm Văn hóa; (2) Phòng QLĐT"],
    ["a date", "kỷ niệm 70 năm (10/10/1954-10/10/2024)"],
    ["a short date", "Ngày Giải phóng Thủ đô (10/10)"],
    ["lower-case words", "Trung tâm Văn hóa (có bảng kèm theo)"],
    ["a Roman numeral", "Phòng Nội vụ (II)"],
    ["a number", "Phòng Nội vụ (2024)"],
    ["a list of wards", "Hội LHPN quận (phường KĐ, TXB)"],
    ["a name that is no unit", "Tổ chức Hội nghị tổng kết (HNTK)"],
    ["an abbreviation without a name before it", "(TTĐT)"],
  ])("%s", (_label, text) => {
    expect(learnAbbreviations([{ text, location: null }], empty)).toEqual({ learned: [], diagnostics: [] });
  });

  it("keeps the first meaning of an abbreviation defined twice", () => {
    const { learned } = learnAbbreviations(
      [
        { text: "Phòng Đào tạo (P3)", location: { line: 1 } },
        { text: "Phòng Tài chính (P3)", location: { line: 2 } },
      ],
      empty,
    );
    expect(learned.map((item) => item.name)).toEqual(["Phòng Đào tạo"]);
  });

  it("learns nothing from the seed (it defines no abbreviation)", async () => {
    const { diagnostics } = await importPlan({ data: seedText }, { plugins: [thanhXuan70] });
    expect(diagnostics.filter((d) => d.code === "import.abbreviation-learned")).toEqual([]);
  });

  it("does not let a document's abbreviation leak into the next import", async () => {
    const header = "TT\tNội dung\tĐơn vị chủ trì\tThời gian";
    await importPlan({ data: `**KH**\n${header}\n1\tA\tPhòng Đào tạo (P3)\tQuý I/2025` });
    const next = await importPlan({ data: `**KH**\n${header}\n1\tB\tP3\tQuý I/2025` });
    expect(next.plan?.activities[0]?.leads[0]?.unitId).toBeNull();
  });
});

describe("adversarial definitions", () => {
  it("stays bounded on a huge cell of definitions (at most 1,000 learned, names of at most 12 words)", () => {
    const cell = Array.from({ length: 3_000 }, (_, i) => `Phòng Số ${i} (P${i})`).join(" ");
    const long = `Phòng ${"Một ".repeat(40)}(PX)`;
    const { learned } = learnAbbreviations(
      [
        { text: cell, location: null },
        { text: long, location: null },
      ],
      empty,
    );
    expect(learned).toHaveLength(1_000);
    expect(learned[0]).toMatchObject({ abbreviation: "P0", name: "Phòng Số 0" });
    expect(learned.some((item) => item.abbreviation === "PX")).toBe(false);
  });
});
