import type { Plan } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { detectFormat, importPlan, readCsv } from "../src/index";
import { seedText } from "./seed";

/** The seed's lines as CSV records: a line with tabs is a row, any other line a one-cell record. */
function seedCsv(delimiter: "," | ";", newline: "\n" | "\r\n" = "\n"): string {
  const records = seedText.split("\n").map((line) => (line.includes("\t") ? line.split("\t") : [line]));
  return Papa.unparse(records, { delimiter, newline, quotes: false });
}

function withoutFile(plan: Plan) {
  return {
    ...plan,
    activities: plan.activities.map((activity) => ({
      ...activity,
      source: activity.source === null ? null : { ...activity.source, file: null },
    })),
    diagnostics: plan.diagnostics.map((d) => ({ ...d, location: null })),
  };
}

let textPlan: Plan;

beforeAll(async () => {
  const result = await importPlan({ data: seedText, fileName: "seed.txt" }, { plugins: [thanhXuan70] });
  if (result.plan === null) throw new Error("no plan from the seed text");
  textPlan = result.plan;
});

describe.each([
  ["comma, UTF-8 with BOM, as bytes", ",", true, "\n"],
  ["comma, no BOM, CRLF", ",", false, "\r\n"],
  ["semicolon, UTF-8 with BOM, CRLF", ";", true, "\r\n"],
  ["semicolon, no BOM", ";", false, "\n"],
] as const)("the seed as CSV (%s)", (_label, delimiter, bom, newline) => {
  let plan: Plan;
  let csv: string;
  beforeAll(async () => {
    csv = seedCsv(delimiter, newline);
    const bytes = new TextEncoder().encode(csv);
    const data = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
    const result = await importPlan({ data, fileName: "seed.csv" }, { plugins: [thanhXuan70] });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    if (result.plan === null) throw new Error("no plan from the CSV");
    plan = result.plan;
  });

  it("quotes the cells that hold the separator, so the test exercises quoting", () => {
    expect(csv).toContain(`"`);
  });

  it("gives the same plan as the text, source lines included (only the file name differs)", () => {
    expect(withoutFile(plan)).toEqual(withoutFile(textPlan));
    expect(plan.activities[0]?.source?.file).toBe("seed.csv");
  });

  it("keeps the first cell free of the BOM", () => {
    expect(plan.activities.map((activity) => activity.code)).toContain("1");
    expect(plan.title.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe("CSV details", () => {
  it("detects the format from the content when the name says nothing", () => {
    expect(detectFormat(seedCsv(";"))).toBe("csv");
    expect(detectFormat(seedCsv(","))).toBe("csv");
  });

  it("locates each record by line and A1 cell, a quoted line break included", () => {
    const doc = readCsv('TT;Nội dung;Thời gian\n1;"Dòng một\ndòng hai";Quý III/2024\n2;Hai;Tháng 5/2024\n', {
      fileName: "x.csv",
    });
    const rows = doc.blocks.filter((block) => block.kind === "row");
    expect(rows.map((row) => row.line)).toEqual([1, 2, 4]);
    expect(rows[2]?.kind === "row" && rows[2].cells[2]?.location).toEqual({
      file: "x.csv",
      line: 4,
      column: 3,
      cell: "C3",
    });
  });

  it("reads a semicolon CSV with a BOM given as a string", async () => {
    const result = await importPlan(
      {
        data: "\ufeffSTT;Tên hoạt động;Cơ quan chủ trì;Thời hạn\n1;Hội thi;Phòng Nội vụ;Quý III/2024\n",
        format: "csv",
      },
      { plugins: [thanhXuan70] },
    );
    expect(
      result.plan?.activities.map((a) => [a.code, a.title, a.leads[0]?.unitId, a.time.period?.kind]),
    ).toEqual([["1", "Hội thi", "phong-noi-vu", "span"]]);
  });
});

describe("a CSV of several tables, as our export writes it", () => {
  // Written for this test in the export's layout (a first column "Biểu" naming each row's table, the
  // union of the tables' columns, cells starting with "-" or "=" guarded by an apostrophe).
  const csv = [
    "\uFEFFBiểu,TT,Nội dung,Đơn vị chủ trì,Thời gian,Dự kiến kết quả – Cấp quận",
    "BIỂU TỔNG HỢP CÁC NHIỆM VỤ CỦA PHƯỜNG,1,Rà soát hộ nghèo,Phòng Văn hóa - Xã hội,Quý I/2026,'- Danh sách hộ nghèo",
    "BIỂU TỔNG HỢP CÁC NHIỆM VỤ CỦA PHƯỜNG,2,Tập huấn chuyển đổi số,Văn phòng HĐND và UBND,'- Đợt 1: tháng 4/2026; - Đợt 2: tháng 9/2026,'=Báo cáo kết quả",
    "BIỂU PHỐI HỢP VỚI THÀNH PHỐ,1,Tham gia hội thao,Công an phường,Tháng 8/2026,",
    "BIỂU PHỐI HỢP VỚI THÀNH PHỐ,2,Tham gia hội diễn,Phòng Văn hóa - Xã hội,Tháng 11/2026,",
    "",
  ].join("\r\n");

  it("gives back each table apart, under its name, with the cells as written before the guard", async () => {
    const result = await importPlan({ data: new TextEncoder().encode(csv), fileName: "ke-hoach.csv" });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const plan = result.plan!;
    expect(plan.tables.map((table) => [table.title, table.columns.map((column) => column.role)])).toEqual([
      ["Biểu tổng hợp các nhiệm vụ của phường", ["code", "title", "leads", "time", "expected.district"]],
      // The second table never fills the result column: it is not one of its columns.
      ["Biểu phối hợp với thành phố", ["code", "title", "leads", "time"]],
    ]);
    expect(
      plan.activities.map((a) => [a.id, a.title, a.time.text, a.expected.district?.text ?? null]),
    ).toEqual([
      ["t1-1", "Rà soát hộ nghèo", "Quý I/2026", "- Danh sách hộ nghèo"],
      ["t1-2", "Tập huấn chuyển đổi số", "- Đợt 1: tháng 4/2026; - Đợt 2: tháng 9/2026", "=Báo cáo kết quả"],
      ["t2-1", "Tham gia hội thao", "Tháng 8/2026", null],
      ["t2-2", "Tham gia hội diễn", "Tháng 11/2026", null],
    ]);
    // One ledger entry per record: the header, then each row as an activity.
    expect(result.ledger.map((entry) => [entry.line, entry.kind])).toEqual([
      [1, "header"],
      [2, "activity"],
      [3, "activity"],
      [4, "activity"],
      [5, "activity"],
    ]);
  });

  it("keeps an apostrophe in a CSV that is not ours", () => {
    const doc = readCsv("TT,Nội dung,Thời gian\n1,'- giữ nguyên,Quý I/2026\n");
    const row = doc.blocks[1];
    expect(
      row?.kind === "row" && row.cells.map((cell) => cell.rich.segments.map((s) => s.text).join("")),
    ).toEqual(["1", "'- giữ nguyên", "Quý I/2026"]);
  });
});
