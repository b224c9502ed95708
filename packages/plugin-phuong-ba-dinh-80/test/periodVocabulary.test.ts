import { createKehoach } from "@kehoach/core";
import { parsePeriod } from "@kehoach/period";
import { describe, expect, it } from "vitest";
import { phuongBaDinh80 } from "../src/index";

const { periodVocabulary } = createKehoach({ plugins: [phuongBaDinh80] });
const read = (text: string, withWords: boolean) => {
  const r = parsePeriod(text, { year: 2025, ...(withWords ? { vocabulary: [...periodVocabulary] } : {}) });
  return [r.kind, r.start, r.end, r.deadline];
};

describe("the plugin's time words, read by @kehoach/period", () => {
  it.each([
    ["Dịp A80", ["span", "2025-09-02", "2025-09-02", null]],
    ["Từ ngày 21/8/2025 đến hết dịp A80", ["span", "2025-08-21", "2025-09-02", null]],
    ["Ngày hội toàn dân bảo vệ an ninh Tổ quốc", ["span", "2025-08-19", "2025-08-19", null]],
    ["Trước dịp Quốc khánh", ["deadline", null, "2025-09-02", "2025-09-02"]],
    ["dịp Cách mạng Tháng Tám", ["span", "2025-08-19", "2025-08-19", null]],
    ["Dịp Tết Độc lập", ["span", "2025-09-02", "2025-09-02", null]],
  ])("%s", (text, expected) => {
    expect(read(text, true)).toEqual(expected);
  });

  it("are needed: without them the general grammar cannot read A80 and takes 'Tết' for the lunar new year", () => {
    expect(read("Dịp A80", false)[0]).toBe("unknown");
    expect(read("Ngày hội toàn dân bảo vệ an ninh Tổ quốc", false)[0]).toBe("unknown");
    expect(read("Dịp Tết Độc lập", false)).not.toEqual(read("Dịp Tết Độc lập", true));
  });

  it("are registered through createKehoach with their defaults", () => {
    expect(periodVocabulary.map((w) => [w.text, w.month, w.day, w.lunar, w.days])).toContainEqual([
      "dịp A80",
      9,
      2,
      false,
      1,
    ]);
  });
});
