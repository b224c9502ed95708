import { describe, expect, it } from "vitest";
import { PeriodResultSchema } from "./PeriodResult";
import { parsePeriod } from "./parsePeriod";

interface Row {
  cell: string;
  kind: string;
  start: string | null;
  end: string | null;
  deadline: string | null;
  peak: { start: string; end: string } | null;
  milestones?: {
    label: string;
    level: string | null;
    start: string | null;
    end: string | null;
    deadline: string | null;
  }[];
}

/** The acceptance table of issue 3: the seed plan's "Thời gian" cells, year 2024. */
const rows: Row[] = [
  {
    cell: "Trong năm 2024",
    kind: "span",
    start: "2024-01-01",
    end: "2024-12-31",
    deadline: null,
    peak: null,
  },
  {
    cell: "Trong năm 2024; cao điểm trong tháng 09/2024 đến tháng 10/2024",
    kind: "span",
    start: "2024-01-01",
    end: "2024-12-31",
    deadline: null,
    peak: { start: "2024-09-01", end: "2024-10-31" },
  },
  {
    cell: "Theo các đợt cao điểm và trọng tâm cao điểm dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô",
    kind: "relative",
    start: null,
    end: null,
    deadline: null,
    peak: null,
  },
  {
    cell: "- Cấp quận hoàn thành trước tháng 7/2024; - Tham gia Chung khảo cấp Thành phố tháng 8/2024",
    kind: "milestones",
    start: null,
    end: "2024-08-31",
    deadline: null,
    peak: null,
    milestones: [
      { label: "Cấp quận", level: "district", start: null, end: "2024-06-30", deadline: "2024-06-30" },
      {
        label: "Tham gia Chung khảo cấp Thành phố",
        level: "city",
        start: "2024-08-01",
        end: "2024-08-31",
        deadline: null,
      },
    ],
  },
  {
    cell: "- Cấp quận hoàn thành trong tháng 6,7/2024; - Tham gia cấp Thành phố tháng 8/2024",
    kind: "milestones",
    start: "2024-06-01",
    end: "2024-08-31",
    deadline: null,
    peak: null,
    milestones: [
      { label: "Cấp quận", level: "district", start: "2024-06-01", end: "2024-07-31", deadline: null },
      {
        label: "Tham gia cấp Thành phố",
        level: "city",
        start: "2024-08-01",
        end: "2024-08-31",
        deadline: null,
      },
    ],
  },
  {
    cell: "- Cấp quận tổ chức giải chạy báo Hà Nội Mới hoàn thành trong tháng 8/2024 (theo yêu cầu của Thành phố) - Tham gia cấp Thành phố: Tháng 9/2024",
    kind: "milestones",
    start: "2024-08-01",
    end: "2024-09-30",
    deadline: null,
    peak: null,
    milestones: [
      {
        label: "Cấp quận tổ chức giải chạy báo Hà Nội Mới",
        level: "district",
        start: "2024-08-01",
        end: "2024-08-31",
        deadline: null,
      },
      {
        label: "Tham gia cấp Thành phố",
        level: "city",
        start: "2024-09-01",
        end: "2024-09-30",
        deadline: null,
      },
    ],
  },
  {
    cell: "- Liên hoan cấp cơ sở: Tháng 10/2024 - Tham gia cấp Thành phố: Tháng 11, 12/2024",
    kind: "milestones",
    start: "2024-10-01",
    end: "2024-12-31",
    deadline: null,
    peak: null,
    milestones: [
      { label: "Liên hoan cấp cơ sở", level: "ward", start: "2024-10-01", end: "2024-10-31", deadline: null },
      {
        label: "Tham gia cấp Thành phố",
        level: "city",
        start: "2024-11-01",
        end: "2024-12-31",
        deadline: null,
      },
    ],
  },
  {
    cell: "Quý III-IV/2024",
    kind: "span",
    start: "2024-07-01",
    end: "2024-12-31",
    deadline: null,
    peak: null,
  },
  {
    cell: "Từ tháng 4-10/2024",
    kind: "span",
    start: "2024-04-01",
    end: "2024-10-31",
    deadline: null,
    peak: null,
  },
  {
    cell: "Tuần đầu tháng 10/2024",
    kind: "span",
    start: "2024-10-01",
    end: "2024-10-07",
    deadline: null,
    peak: null,
  },
  {
    cell: "Hoàn thành trước ngày 30/11/2024 (đối với nhà được hỗ trợ sửa chữa)",
    kind: "deadline",
    start: null,
    end: "2024-11-30",
    deadline: "2024-11-30",
    peak: null,
  },
  {
    cell: "Từ 01/8/2024 đến 31/12/2024",
    kind: "span",
    start: "2024-08-01",
    end: "2024-12-31",
    deadline: null,
    peak: null,
  },
  { cell: "Theo tiến độ của dự án", kind: "relative", start: null, end: null, deadline: null, peak: null },
];

describe("parsePeriod: the seed plan's cells (issue 3 acceptance table)", () => {
  for (const row of rows) {
    it(row.cell, () => {
      const r = parsePeriod(row.cell, { year: 2024 });
      expect(PeriodResultSchema.parse(r)).toEqual(r);
      expect({ kind: r.kind, start: r.start, end: r.end, deadline: r.deadline, peak: r.peak }).toEqual({
        kind: row.kind,
        start: row.start,
        end: row.end,
        deadline: row.deadline,
        peak: row.peak,
      });
      expect(r.milestones).toEqual(row.milestones ?? []);
      expect(r.lunar).toBe(false);
      expect(r.text).toBe(row.cell);
      expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    });
  }

  it("says what a relative cell is tied to", () => {
    expect(parsePeriod("Theo tiến độ của dự án").relative).toEqual({
      to: "schedule",
      text: "Theo tiến độ của dự án",
    });
    const anniversary = parsePeriod(rows[2]?.cell ?? "");
    expect(anniversary.relative).toEqual({
      to: "anniversary",
      text: "dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô",
    });
  });

  it("resolves the anniversary cell when the anniversary is given, as a peak", () => {
    const r = parsePeriod(rows[2]?.cell ?? "", { anniversary: "2024-10-10" });
    expect(r.peak).toEqual({ start: "2024-10-10", end: "2024-10-10" });
  });

  it("needs no year option when every cell states its year", () => {
    for (const row of rows) {
      const r = parsePeriod(row.cell);
      expect(r.diagnostics.map((d) => d.code)).not.toContain("year-assumed");
      expect(r.start).toBe(row.start);
      expect(r.end).toBe(row.end);
    }
  });
});
