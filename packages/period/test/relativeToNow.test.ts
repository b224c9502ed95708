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

describe("weeks, months and quarters relative to the reference date", () => {
  const referenceDate = "2024-05-15"; // a Wednesday
  const cases: [string, string, string][] = [
    ["tuần này", "2024-05-13", "2024-05-19"],
    ["tuần tới", "2024-05-20", "2024-05-26"],
    ["tuần sau", "2024-05-20", "2024-05-26"],
    ["tuần trước", "2024-05-06", "2024-05-12"],
    ["trong tháng này", "2024-05-01", "2024-05-31"],
    ["tháng tới", "2024-06-01", "2024-06-30"],
    ["tháng sau", "2024-06-01", "2024-06-30"],
    ["tháng trước", "2024-04-01", "2024-04-30"],
    ["quý này", "2024-04-01", "2024-06-30"],
    ["quý tới", "2024-07-01", "2024-09-30"],
    ["hoàn thành trước tháng sau", "", "2024-05-31"],
  ];
  for (const [text, start, end] of cases) {
    it(text, () => {
      const r = parsePeriod(text, { referenceDate });
      expect([r.start ?? "", r.end]).toEqual([start, end]);
    });
  }

  it("rolls over the year", () => {
    expect(parsePeriod("quý tới", { referenceDate: "2024-11-02" }).end).toBe("2025-03-31");
    expect(parsePeriod("tháng trước", { referenceDate: "2025-01-10" }).start).toBe("2024-12-01");
  });

  it("keeps 'tháng Sáu' (June) apart from 'tháng sau' (next month)", () => {
    expect(parsePeriod("tháng Sáu", { referenceDate }).start).toBe("2024-06-01");
    expect(parsePeriod("tháng sau", { referenceDate: "2024-08-10" }).start).toBe("2024-09-01");
  });

  it("is relative to now without a reference date", () => {
    expect(parsePeriod("tuần tới", { year: 2024 }).relative?.to).toBe("now");
  });
});
