import { describe, expect, it } from "vitest";
import { formatPeriod } from "./formatPeriod";
import { parsePeriod } from "./parsePeriod";

describe("formatPeriod", () => {
  const cases: [string, string][] = [
    ["Quý III/2024", "Quý III/2024"],
    ["Quý III-IV/2024", "6 tháng cuối năm 2024"],
    ["Quý II-III/2024", "Quý II-III/2024"],
    ["tháng 8/2024", "Tháng 8/2024"],
    ["Trong năm 2024", "Năm 2024"],
    ["Từ 01/8/2024 đến 31/12/2024", "Từ tháng 8/2024 đến tháng 12/2024"],
    ["Từ 02/8/2024 đến 31/12/2024", "Từ ngày 02/8/2024 đến ngày 31/12/2024"],
    [
      "Hoàn thành trước ngày 30/11/2024 (đối với nhà được hỗ trợ sửa chữa)",
      "Hoàn thành trước ngày 30/11/2024",
    ],
    ["Tuần đầu tháng 10/2024", "Từ ngày 01/10/2024 đến ngày 07/10/2024"],
    ["6 tháng đầu năm 2025", "6 tháng đầu năm 2025"],
    ["giai đoạn 2021-2025", "Giai đoạn 2021-2025"],
    ["năm học 2024-2025", "Năm học 2024-2025"],
    ["ngày 2/9/2024", "Ngày 02/9/2024"],
    [
      "Trong năm 2024; cao điểm trong tháng 09/2024 đến tháng 10/2024",
      "Năm 2024; cao điểm từ tháng 9/2024 đến tháng 10/2024",
    ],
    ["Theo tiến độ của dự án", "Theo tiến độ của dự án"],
    ["thường xuyên", "Thường xuyên"],
    ["Thường xuyên trong năm 2024", "Thường xuyên trong năm 2024"],
    ["Định kỳ hằng quý", "Định kỳ hằng quý"],
    [
      "- Liên hoan cấp cơ sở: Tháng 10/2024 - Tham gia cấp Thành phố: Tháng 11, 12/2024",
      "- Liên hoan cấp cơ sở: tháng 10/2024\n- Tham gia cấp Thành phố: từ tháng 11/2024 đến tháng 12/2024",
    ],
  ];
  for (const [input, output] of cases) {
    it(`${input} → ${output}`, () => {
      const parsed = parsePeriod(input, { year: 2024 });
      expect(formatPeriod(parsed)).toBe(output);
      const back = parsePeriod(output, { year: 2024 });
      expect([back.kind, back.start, back.end, back.deadline, back.peak]).toEqual([
        parsed.kind,
        parsed.start,
        parsed.end,
        parsed.deadline,
        parsed.peak,
      ]);
      expect(back.milestones).toEqual(parsed.milestones);
    });
  }

  it("formats a bare interval, in both styles", () => {
    expect(formatPeriod({ start: "2024-04-01", end: "2024-10-31" })).toBe(
      "Từ tháng 4/2024 đến tháng 10/2024",
    );
    expect(formatPeriod({ start: "2024-04-01", end: "2024-10-31" }, "dates")).toBe(
      "Từ 01/04/2024 đến 31/10/2024",
    );
    expect(formatPeriod({ start: "2024-04-01", end: null })).toBe("Từ ngày 01/4/2024");
    // "Đến hết ngày D" alone reads back as a deadline; an open end is written "Đến ngày D".
    expect(formatPeriod({ start: null, end: "2024-10-31" })).toBe("Đến ngày 31/10/2024");
  });

  it("gives back the text of an unknown result", () => {
    expect(formatPeriod(parsePeriod("không rõ"))).toBe("không rõ");
  });
});
