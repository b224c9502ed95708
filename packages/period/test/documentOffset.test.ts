import { describe, expect, it } from "vitest";
import { parsePeriod } from "../src/parsePeriod";

/** Class 8 of issue 14: offsets from the document's own date ("kể từ ngày ban hành"). */
describe("relative to a document (documentDate)", () => {
  const documentDate = "2024-03-01";
  const cases: [string, string | null][] = [
    ["100 ngày kể từ ngày ban hành Kế hoạch", "2024-06-09"],
    ["100 ngay ke tu ngay ban hanh Ke hoach", "2024-06-09"],
    ["trong vòng 30 ngày kể từ ngày ký", "2024-03-31"],
    ["trong vong 30 ngay ke tu ngay ky", "2024-03-31"],
    ["Trong thời hạn 15 ngày, kể từ ngày ký ban hành", "2024-03-16"],
    ["06 tháng kể từ ngày ban hành", "2024-09-01"],
    ["2 tuần tính từ ngày ký", "2024-03-15"],
  ];
  for (const [text, deadline] of cases) {
    it(`${JSON.stringify(text)} → deadline ${deadline} with documentDate`, () => {
      const r = parsePeriod(text, { documentDate });
      expect([r.kind, r.start, r.end, r.deadline]).toEqual(["relative", null, deadline, deadline]);
      expect(r.relative?.text).toBe(text);
      expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    });
    it(`${JSON.stringify(text)} → all dates null without it, offset and anchor recorded`, () => {
      const r = parsePeriod(text, { year: 2024 });
      expect([r.kind, r.start, r.end, r.deadline]).toEqual(["relative", null, null, null]);
      expect(r.relative?.offset?.amount).toBeGreaterThan(0);
      expect(["issue", "signature"]).toContain(r.relative?.anchor);
    });
  }

  it("records the offset, its unit and its anchor", () => {
    expect(parsePeriod("100 ngày kể từ ngày ban hành Kế hoạch").relative).toEqual({
      to: "signature",
      text: "100 ngày kể từ ngày ban hành Kế hoạch",
      offset: { amount: 100, unit: "day", after: false },
      anchor: "issue",
    });
    expect(parsePeriod("trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ").relative).toEqual({
      to: "event",
      text: "trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ",
      offset: { amount: 5, unit: "workingDay", after: false },
      anchor: "receipt",
    });
  });

  it("does not resolve what the document date cannot tell: receipt, working days", () => {
    for (const text of [
      "sau 15 ngày kể từ ngày nhận được văn bản",
      "sau 15 ngay ke tu ngay nhan duoc van ban",
      "trong 05 ngày làm việc kể từ ngày ký",
    ]) {
      const r = parsePeriod(text, { documentDate });
      expect([r.kind, r.start, r.end, r.deadline], text).toEqual(["relative", null, null, null]);
    }
  });

  it("starts after the offset with 'sau N ngày kể từ ngày ký'", () => {
    const r = parsePeriod("sau 10 ngày kể từ ngày ký", { documentDate });
    expect([r.kind, r.start, r.end, r.deadline]).toEqual(["relative", "2024-03-11", null, null]);
    expect(r.relative?.offset?.after).toBe(true);
  });

  it("fills a missing year from documentDate when year and referenceDate are absent", () => {
    const r = parsePeriod("ngày 15/4", { documentDate: "2023-02-01" });
    expect(r.start).toBe("2023-04-15");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["year-implied"]);
  });

  it("reports a malformed documentDate as invalid-options", () => {
    const r = parsePeriod("100 ngày kể từ ngày ban hành", { documentDate: "1/3/2024" } as never);
    expect(r.diagnostics.some((d) => d.code === "invalid-options")).toBe(true);
  });
});
