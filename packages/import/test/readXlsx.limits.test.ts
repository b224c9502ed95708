import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importPlan, MAX_XLSX_CELLS, readXlsx } from "../src/index";
import { richTextToString } from "../src/text/RichText";

const header = ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"];
const rows = [
  ["1", "Rà soát danh mục hồ sơ lưu trữ", "Văn phòng", "Quý I/2027"],
  ["2", "Tập huấn nghiệp vụ cho cán bộ phường", "Phòng Nội vụ", "Tháng 5/2027"],
];

async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The plan table on one sheet; `fill` adds what a test needs. */
async function workbook(fill: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Biểu");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  fill(sheet);
  return bytesOf(book);
}

function titles(result: Awaited<ReturnType<typeof importPlan>>): string[] {
  return result.plan?.activities.map((activity) => activity.title) ?? [];
}

describe("readXlsx: bounded by the cells it gives, not by the cells a file names", () => {
  it("reads a small workbook naming a far cell as the table it holds, without building the empty rows", async () => {
    const bytes = await workbook((sheet) => {
      sheet.getCell("XFD1048576").value = "x";
    });
    expect(bytes.length).toBeLessThan(20_000);
    const doc = await readXlsx(bytes, { fileName: "far.xlsx" });
    // The header, two rows, then one empty row standing for the million below (the last one's cell is past column 256).
    expect(doc.blocks.map((block) => block.line)).toEqual([1, 2, 3, 4]);
    const result = await importPlan({ data: bytes, fileName: "far.xlsx" });
    expect(titles(result)).toEqual(rows.map((row) => row[1]));
  });

  it("refuses a workbook past the cell budget with import.xlsx-limit, nothing read", async () => {
    const rowsNeeded = Math.ceil(MAX_XLSX_CELLS / 256) + 10;
    const bytes = await workbook((sheet) => {
      // A value in column IV on every row: each row is 256 cells wide.
      for (let r = 4; r < 4 + rowsNeeded; r++) sheet.getCell(r, 256).value = r;
    });
    const doc = await readXlsx(bytes, { fileName: "wide.xlsx" });
    expect(doc.blocks).toEqual([]);
    const limit = doc.diagnostics.find((d) => d.code === "import.xlsx-limit");
    expect(limit?.severity).toBe("error");
    expect(limit?.vi).toContain('trang "Biểu"');
    expect(limit?.en).toContain(MAX_XLSX_CELLS.toLocaleString("en-US"));
    expect(limit?.location).toMatchObject({ file: "wide.xlsx", sheet: "Biểu" });
    const result = await importPlan({ data: bytes, fileName: "wide.xlsx" });
    expect(result.plan).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain("import.xlsx-limit");
  });

  it("reads a table far down a sheet after a long run of empty rows, keeping one of them", async () => {
    const near = await importPlan({ data: await workbook(), fileName: "near.xlsx" });
    const bytes = await workbook((sheet) => {
      // Formatting far below gives rows without values, as sheets formatted "to the bottom" have.
      for (let r = 4; r < 20_000; r += 1) sheet.getRow(r).height = 18;
      sheet.getRow(20_000).values = [
        "3",
        "Tổng kết, báo cáo kết quả thực hiện",
        "Văn phòng",
        "Tháng 12/2027",
      ];
    });
    const doc = await readXlsx(bytes);
    const lines = doc.blocks.map((block) => block.line);
    expect(lines).toEqual([1, 2, 3, 4, 20_000]);
    const far = await importPlan({ data: bytes, fileName: "far-rows.xlsx" });
    expect(titles(far)).toEqual([...titles(near), "Tổng kết, báo cáo kết quả thực hiện"]);
    expect(far.plan?.activities[2]?.source?.firstLine).toBe(20_000);
  });

  it("marks the cells under a merged range spanning a whole column, visiting the range once", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(["3", "Kiểm tra việc thực hiện tại các phường", "", "Quý IV/2027"]);
      sheet.addRow(["4", "Sơ kết sáu tháng", "", "Tháng 6/2027"]);
      sheet.mergeCells("C4:C100000");
      sheet.getCell("C4").value = "Thanh tra quận";
    });
    const doc = await readXlsx(bytes);
    expect(doc.diagnostics).toEqual([]);
    const row5 = doc.blocks.find((block) => block.line === 5);
    expect(row5?.kind).toBe("row");
    if (row5?.kind !== "row") return;
    expect(row5.cells.map((cell) => cell.merge)).toEqual([null, null, "vertical", null]);
    expect(richTextToString(row5.cells[1]!.rich)).toBe("Sơ kết sáu tháng");
    const result = await importPlan({ data: bytes, fileName: "merged.xlsx" });
    expect(result.plan?.activities.map((activity) => activity.leads.map((lead) => lead.source))).toEqual([
      ["Văn phòng"],
      ["Phòng Nội vụ"],
      ["Thanh tra quận"],
      ["Thanh tra quận"],
    ]);
  });
});
