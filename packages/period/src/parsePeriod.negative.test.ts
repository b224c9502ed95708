import { describe, expect, it } from "vitest";
import { PeriodResultSchema } from "./PeriodResult";
import { parsePeriod } from "./parsePeriod";

describe("parsePeriod: what is not a time expression", () => {
  const unknown = [
    "",
    "   ",
    "Phòng Văn hóa và Thông tin quận",
    "Các phòng, ban, đơn vị liên quan; UBND các phường",
    "tặng quà 55 gia đình chính sách",
    "sửa 02 nhà cho phụ nữ có HCKK",
    "Công văn số 331/UBND-VH&TT",
    "lần thứ 49",
    "70 năm",
    "tháng",
    "quý",
    "năm học",
    "mục 2.1 và 5.5",
    "Hà Nội - Niềm tin và hi vọng",
    "trước",
    "cao điểm",
    "ngày",
    "🙂🙂🙂",
    "2.1",
    "số 2024/KH-UBND",
  ];
  for (const text of unknown) {
    it(`${JSON.stringify(text)} is unknown, with a diagnostic`, () => {
      const r = parsePeriod(text, { year: 2024 });
      expect(r.kind).toBe("unknown");
      expect(r.start).toBeNull();
      expect(r.end).toBeNull();
      expect(r.diagnostics.map((d) => d.code)).toContain("no-time-expression");
      expect(PeriodResultSchema.safeParse(r).success).toBe(true);
    });
  }
});

describe("parsePeriod: invalid dates are located errors", () => {
  const invalid: [string, string][] = [
    ["ngày 31/2/2024", "ngày 31/2/2024"],
    ["30/02/2024", "30/02/2024"],
    ["ngày 29/02/2023", "ngày 29/02/2023"],
    ["ngày 31/4/2024", "ngày 31/4/2024"],
  ];
  for (const [text, located] of invalid) {
    it(text, () => {
      const r = parsePeriod(text, { year: 2024 });
      const error = r.diagnostics.find((d) => d.code === "invalid-date");
      expect(error?.severity).toBe("error");
      expect(error?.vi).toContain("không tồn tại");
      expect(error?.en).toContain("No such date");
      expect(error?.span && text.slice(error.span.start, error.span.end)).toBe(located);
      expect(r.kind).toBe("unknown");
    });
  }

  it("ignores the invalid part and keeps the rest", () => {
    const r = parsePeriod("ngày 31/2/2024; tháng 3/2024", { year: 2024 });
    expect(r.kind).toBe("span");
    expect(r.start).toBe("2024-03-01");
    expect(r.diagnostics.map((d) => d.code)).toContain("invalid-date");
  });

  it("swaps a reversed range and warns", () => {
    const r = parsePeriod("từ 31/12/2024 đến 01/8/2024");
    expect([r.start, r.end]).toEqual(["2024-08-01", "2024-12-31"]);
    expect(r.diagnostics.map((d) => d.code)).toContain("range-reversed");
  });

  it("reports a solar/lunar disagreement and keeps the solar date", () => {
    const r = parsePeriod("ngày 11/02/2024 (mùng 1 Tết)");
    expect(r.start).toBe("2024-02-11");
    expect(r.lunar).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toContain("calendar-mismatch");
  });

  it("rejects a leap month a year does not have", () => {
    const r = parsePeriod("tháng 5 nhuận âm lịch năm 2024");
    expect(r.diagnostics.map((d) => d.code)).toContain("invalid-date");
  });
});

describe("parsePeriod: bad input never throws", () => {
  it("reports a non-string input", () => {
    const r = parsePeriod(42 as unknown as string);
    expect(r.kind).toBe("unknown");
    expect(r.diagnostics[0]?.code).toBe("invalid-input");
  });

  it("reports invalid options and ignores them", () => {
    const r = parsePeriod("tháng 8", { year: 99999 });
    expect(r.diagnostics[0]?.code).toBe("invalid-options");
    expect(r.kind).toBe("span");
    const s = parsePeriod("tháng 8", { nope: true } as unknown as { year: number });
    expect(s.diagnostics[0]?.code).toBe("invalid-options");
  });

  it("warns when a missing year is assumed from today", () => {
    const r = parsePeriod("tháng 8");
    expect(r.diagnostics.map((d) => d.code)).toContain("year-assumed");
    expect(r.start?.endsWith("-08-01")).toBe(true);
  });

  it("tells an implied year from a stated one", () => {
    expect(parsePeriod("tháng 8", { year: 2024 }).diagnostics.map((d) => d.code)).toEqual(["year-implied"]);
    expect(parsePeriod("tháng 8/2024", { year: 2024 }).diagnostics).toEqual([]);
  });

  it("does not read 'tháng sau' (next month) as June", () => {
    const r = parsePeriod("tháng sau", { year: 2024 });
    expect([r.kind, r.start, r.relative?.to]).toEqual(["relative", null, "now"]);
  });

  it("reads a word spelled like an object property ('constructor') as any other word", () => {
    for (const [text, plain] of [
      ["tháng constructor 2024", "tháng xyz 2024"],
      ["Quý constructor/2024", "Quý xyz/2024"],
      ["6 constructor đầu năm 2024", "6 xyz đầu năm 2024"],
    ]) {
      const r = parsePeriod(text as string, { year: 2024 });
      const s = parsePeriod(plain as string, { year: 2024 });
      expect(PeriodResultSchema.safeParse(r).success).toBe(true);
      expect([r.kind, r.start, r.end]).toEqual([s.kind, s.start, s.end]);
    }
  });

  it("does not read document numbers or durations as dates", () => {
    const r = parsePeriod("Theo Văn bản số 2423/UBND-NV; trong 3 tháng", { year: 2024 });
    expect(r.start).toBeNull();
  });
});
