import { describe, expect, it } from "vitest";
import { canChi, canChiOfYear } from "./canChi";
import { fromLunar } from "./fromLunar";
import { tet } from "./tet";
import { toLunar } from "./toLunar";

describe("tet: Tết Nguyên đán at UTC+7", () => {
  const known: [number, string][] = [
    [1968, "1968-01-29"],
    [1985, "1985-01-21"],
    [2000, "2000-02-05"],
    [2007, "2007-02-17"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2030, "2030-02-02"],
  ];
  for (const [year, date] of known) it(`Tết ${year} is ${date}`, () => expect(tet(year)).toBe(date));

  it("differs from the Chinese New Year (UTC+8) where history says so", () => {
    expect(tet(1985, { timeZone: 8 })).toBe("1985-02-20");
    expect(tet(2007, { timeZone: 8 })).toBe("2007-02-18");
    expect(tet(2030, { timeZone: 8 })).toBe("2030-02-03");
  });

  it("falls between 21 January and 20 February for every year 1900–2100", () => {
    for (let year = 1900; year <= 2100; year++) {
      const date = tet(year);
      expect(date.startsWith(String(year))).toBe(true);
      expect(date >= `${year}-01-21` && date <= `${year}-02-20`).toBe(true);
      expect(toLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
    }
  });
});

describe("toLunar / fromLunar", () => {
  it("converts known festival days", () => {
    expect(toLunar("2024-09-17")).toEqual({ year: 2024, month: 8, day: 15, leap: false });
    expect(fromLunar({ year: 2024, month: 3, day: 10 })).toBe("2024-04-18");
    expect(fromLunar({ year: 2025, month: 1, day: 15 })).toBe("2025-02-12");
    expect(toLunar({ year: 2025, month: 1, day: 28 })).toEqual({
      year: 2024,
      month: 12,
      day: 29,
      leap: false,
    });
  });

  it("knows leap months (2020: 4 nhuận, 2023: 2 nhuận, 2025: 6 nhuận)", () => {
    expect(fromLunar({ year: 2020, month: 4, day: 1, leap: true })).toBe("2020-05-23");
    expect(fromLunar({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    expect(fromLunar({ year: 2025, month: 6, day: 1, leap: true })).toBe("2025-07-25");
    expect(toLunar("2023-03-22")).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(fromLunar({ year: 2024, month: 5, day: 1, leap: true })).toBeNull();
  });

  it("rejects a 30th day in a 29-day month", () => {
    expect(fromLunar({ year: 2024, month: 12, day: 29 })).toBe("2025-01-28");
    expect(fromLunar({ year: 2024, month: 12, day: 30 })).toBeNull();
  });

  it("round-trips every day of 2024 and of 1985", () => {
    for (const year of [1985, 2024]) {
      for (let day = 0; day < 366; day++) {
        const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
        if (!date.startsWith(String(year))) continue;
        expect(fromLunar(toLunar(date))).toBe(date);
      }
    }
  });

  it("reads a Date at UTC+7", () => {
    expect(toLunar(new Date("2024-02-09T18:00:00Z"))).toEqual({ year: 2024, month: 1, day: 1, leap: false });
  });
});

describe("Can Chi", () => {
  it("names years", () => {
    expect(canChiOfYear(2024)).toBe("Giáp Thìn");
    expect(canChiOfYear(2025)).toBe("Ất Tỵ");
    expect(canChiOfYear(1968)).toBe("Mậu Thân");
    expect(canChiOfYear(1945)).toBe("Ất Dậu");
  });

  it("names the day, month and year of a date", () => {
    expect(canChi("2024-02-10")).toEqual({ year: "Giáp Thìn", month: "Bính Dần", day: "Giáp Thìn" });
  });
});
