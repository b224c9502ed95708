import { describe, expect, it } from "vitest";
import { createConfiguration } from "../src/locale/vi/createConfiguration";
import { parsePeriod } from "../src/parsePeriod";

describe("the days before Tết and lunar month names with a day", () => {
  const cases: [string, number, string][] = [
    ["28 Tết", 2025, "2025-01-27"],
    ["ngày 30 Tết", 2025, "2025-01-28"], // lunar month 12 of 2024 has 29 days: its last day
    ["30 Tết", 2024, "2024-02-09"],
    ["ngày 4 Tết", 2025, "2025-02-01"],
    ["23 Tết", 2024, "2024-02-02"],
    ["25 tháng Chạp", 2024, "2025-01-24"],
    ["mùng 6 tháng Giêng", 2025, "2025-02-03"],
  ];
  for (const [text, year, date] of cases) {
    it(`${text} (${year}) → ${date}`, () => {
      const r = parsePeriod(text, { year });
      expect([r.start, r.end, r.lunar]).toEqual([date, date, true]);
    });
  }
});

describe("'từ nay' / 'đến nay'", () => {
  it("starts at the reference date", () => {
    const r = parsePeriod("Từ nay đến hết năm 2024", { referenceDate: "2024-05-15" });
    expect([r.kind, r.start, r.end]).toEqual(["span", "2024-05-15", "2024-12-31"]);
  });

  it("ends at the reference date", () => {
    const r = parsePeriod("từ tháng 1 đến nay", { referenceDate: "2024-05-15" });
    expect([r.kind, r.start, r.end]).toEqual(["span", "2024-01-01", "2024-05-15"]);
  });

  it("is relative to now without a reference date, keeping the explicit end", () => {
    const r = parsePeriod("Từ nay đến hết năm 2024", { year: 2024 });
    expect([r.kind, r.start, r.end]).toEqual(["relative", null, "2024-12-31"]);
    expect(r.relative).toEqual({ to: "now", text: "Từ nay" });
  });

  it("leaves 'năm nay' and other uses of 'nay' alone", () => {
    expect(parsePeriod("năm nay", { year: 2024 }).start).toBe("2024-01-01");
    expect(parsePeriod("hiện nay chưa có kế hoạch", { year: 2024 }).kind).toBe("unknown");
  });
});

describe("extensions that throw", () => {
  it("are reported and skipped; parsePeriod still answers", () => {
    const configuration = createConfiguration();
    configuration.parsers.push({
      name: "broken",
      triggers: ["thang"],
      extract: () => {
        throw new Error("boom");
      },
    });
    configuration.refiners.push({
      name: "broken-refiner",
      refine: () => {
        throw new Error("bang");
      },
    });
    const r = parsePeriod("tháng 8/2024", { configuration });
    expect([r.kind, r.start]).toEqual(["span", "2024-08-01"]);
    const codes = r.diagnostics.filter((d) => d.code === "extension-failed").map((d) => d.en);
    expect(codes).toEqual([
      "parser broken threw: boom; skipped",
      "refiner broken-refiner threw: bang; skipped",
    ]);
  });
});
