import { describe, expect, it } from "vitest";
import { buildPlanTableReport, type ReportTable } from "../src/index";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";
import { seedPlanReport, seedWithCitationNote } from "./helpers";

function tables(report: ReturnType<typeof seedPlanReport>): ReportTable[] {
  return report.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === "table" ? [b.table] : [])));
}

describe("buildPlanTableReport", () => {
  const report = seedPlanReport();
  const [t1, t2] = tables(report);

  it("rebuilds both seed tables as landscape parts with their title block and (Kèm theo …) line", () => {
    expect(report.parts.map((p) => p.orientation)).toEqual(["landscape", "landscape"]);
    expect(t1?.title).toEqual([
      "BIỂU TỔNG HỢP",
      "CÁC HOẠT ĐỘNG KỶ NIỆM 70 NĂM NGÀY GIẢI PHÓNG THỦ ĐÔ (10/10/1954-10/10/2024)",
    ]);
    expect(t1?.subtitle).toBe("(Kèm theo Kế hoạch số: /KH-UBND ngày /4/2024 của UBND quận Thanh Xuân)");
    expect(report.letterhead?.issuer).toEqual(["ỦY BAN NHÂN DÂN", "QUẬN THANH XUÂN"]);
  });

  it("keeps the seed's columns, with the two result levels grouped under Dự kiến kết quả", () => {
    expect(t1?.columns.map((c) => [c.label, c.group])).toEqual([
      ["TT", null],
      ["Nội dung", null],
      ["Đơn vị chủ trì", null],
      ["Đơn vị phối hợp thực hiện", null],
      ["Thời gian", null],
      ["Cấp quận", "Dự kiến kết quả"],
      ["Cấp phường", "Dự kiến kết quả"],
    ]);
    expect(t2?.columns.map((c) => c.label)).toEqual([
      "TT",
      "Nội dung",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp thực hiện",
      "Thời gian",
    ]);
  });

  it("makes section rows of headings and item rows of activities, in plan order", () => {
    expect(t1?.rows.map((r) => `${r.kind}:${r.cells.code?.text}`)).toEqual([
      "item:1",
      "section:2",
      "item:2.1",
      "item:2.2",
      "section:3",
      "item:3.1",
      "item:3.2",
      "item:3.3",
      "item:3.4",
      "item:3.5",
      "item:3.6",
      "section:4",
      "item:4.1",
      "item:4.2",
      "item:4.3",
      "item:4.4",
      "section:5",
      "item:5.1",
      "item:5.2",
      "item:5.3",
      "item:5.5",
    ]);
    expect(t2?.rows.map((r) => r.cells.code?.text)).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
      "8.",
      "9.",
    ]);
  });

  it("writes leads as numbered in the cell (requested units with their 'Đề nghị', as the seed has them), keeps bold spans and cites documents as a note", () => {
    const row = t1?.rows.find((r) => r.activity?.id === "t1-2.2");
    expect(row?.cells.leads?.text).toBe(
      "(1) Trung tâm Văn hóa - Thông tin và Thể thao quận; (2) P. QLĐT; (3) Đề nghị Hội LHPN quận",
    );
    const title = row?.cells.title;
    const bold = title?.emphasis[0];
    expect(bold && title?.text.slice(bold.start, bold.end)).toMatch(/^tạo điểm nhấn/);
    // The seed's 2.1 carries its citations in its title cell ("<i>(1) Kế hoạch số 02/KH-UBND …</i>"): not repeated.
    const cited = t1?.rows.find((r) => r.activity?.id === "t1-2.1")?.cells.title;
    expect(cited?.text).toContain("(1) Kế hoạch số 02/KH-UBND ngày 02/01/2024");
    expect(cited?.note).toBeNull();
    // A title without them gets the documents as a note.
    const { report: noted } = buildPlanTableReport(seedWithCitationNote());
    const notedRow = noted && tables(noted)[0]?.rows.find((r) => r.activity?.id === "t1-2.1");
    expect(notedRow?.cells.title?.text).not.toContain("Kế hoạch số 02");
    expect(notedRow?.cells.title?.note).toMatch(
      /^Kế hoạch số 02\/KH-UBND ngày 02\/01\/2024 .*; Kế hoạch số 63\/KH-UBND/,
    );
    expect(row?.cells["expected.ward"]?.text).toContain("- Phường Hạ Đình/đường Khương Đình");
  });

  it("writes canonical unit names, with Đề nghị for requested units, when asked", () => {
    const canonical = tables(seedPlanReport({ unitNames: "canonical" }))[0];
    expect(canonical?.rows.find((r) => r.activity?.id === "t1-2.2")?.cells.leads?.text).toBe(
      // The plugin's names of the three units (units.ts: "<short> quận Thanh Xuân").
      "(1) Trung tâm Văn hóa - Thông tin và Thể thao quận Thanh Xuân; (2) Phòng Quản lý đô thị quận Thanh Xuân; (3) Đề nghị Hội Liên hiệp Phụ nữ quận Thanh Xuân",
    );
  });

  it("keeps dates and unit ids on each row for calendars and filters", () => {
    const row = t1?.rows.find((r) => r.activity?.id === "t1-4.4");
    expect(row?.activity).toMatchObject({
      deadline: "2024-11-30",
      leads: ["phong-lao-dong-thuong-binh-xa-hoi"],
    });
    expect(row?.activity?.coordinators).toContain("ubnd-phuong-khuong-dinh");
  });

  it("filters by unit and keeps the sections above the unit's activities", () => {
    const mine = tables(seedPlanReport({ unit: "phong-lao-dong-thuong-binh-xa-hoi" }));
    expect(mine).toHaveLength(1);
    // Phòng LĐ-TBXH leads 4.1, 4.2 and 4.4 of the seed.
    expect(mine[0]?.rows.map((r) => r.cells.code?.text)).toEqual(["4", "4.1", "4.2", "4.4"]);
    const ward = tables(seedPlanReport({ unit: "ubnd-phuong-ha-dinh" }));
    expect(ward[0]?.rows.some((r) => r.cells.code?.text === "2.2")).toBe(true);
  });

  it("leaves the letterhead out when asked", () => {
    expect(buildPlanTableReport(thanhXuanPlan, { letterhead: false }).report?.letterhead).toBeNull();
  });
});
