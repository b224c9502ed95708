import { describe, expect, it } from "vitest";
import { findPeriods } from "./findPeriods";

describe("findPeriods", () => {
  it("finds the month in an activity's expected result", () => {
    const text = "- Tổ chức Lễ gắn biển tháng 6/2024 - Thực hiện theo kế hoạch.";
    const found = findPeriods(text);
    expect(found.map((f) => f.text)).toContain("tháng 6/2024");
    const month = found.find((f) => f.text === "tháng 6/2024");
    expect(month && text.slice(month.span.start, month.span.end)).toBe("tháng 6/2024");
    expect(month?.result.start).toBe("2024-06-01");
    expect(month?.result.end).toBe("2024-06-30");
  });

  it("finds every dated reference in a title, skips document numbers and the anniversary's name", () => {
    const title =
      "Theo Văn bản số 2423/UBND-NV ngày 07/12/2023 về đăng ký công trình khởi công chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2024)";
    const found = findPeriods(title);
    expect(found.map((f) => [f.text, f.result.start])).toEqual([["ngày 07/12/2023", "2023-12-07"]]);
  });

  it("gives a year-less date the year of its nearest neighbour", () => {
    const found = findPeriods("Sơ kết ngày 10/6 và tổng kết tháng 12/2025");
    expect(found.map((f) => f.result.start)).toEqual(["2025-06-10", "2025-12-01"]);
  });

  it("keeps deadlines and ranges whole", () => {
    const found = findPeriods(
      "Các đơn vị báo cáo kết quả hoàn thành trước ngày 30/11/2024, tổ chức từ 01/8/2024 đến 31/12/2024.",
    );
    expect(found.map((f) => [f.text, f.result.kind])).toEqual([
      ["hoàn thành trước ngày 30/11/2024", "deadline"],
      ["từ 01/8/2024 đến 31/12/2024", "span"],
    ]);
  });

  it("returns nothing for text without time and never throws", () => {
    expect(findPeriods("Phòng Văn hóa và Thông tin quận")).toEqual([]);
    expect(findPeriods(undefined as unknown as string)).toEqual([]);
  });
});
