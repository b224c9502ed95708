import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { planTableStreamTables, renderXlsx, writeXlsxStream } from "../src/index";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";
import { seedPlanReport } from "./helpers";

async function streamed(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  let seen = 0;
  const written = await writeXlsxStream(planTableStreamTables(thanhXuanPlan), out, {
    onRow: (n) => {
      seen = n;
    },
  });
  // Table 1's 17 items and 4 sections, table 2's 9 items.
  expect(written).toBe(30);
  expect(seen).toBe(30);
  return Buffer.concat(chunks);
}

async function read(data: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

describe.each([
  ["renderXlsx", async () => renderXlsx(seedPlanReport())],
  ["writeXlsxStream", streamed],
])("%s (read back with exceljs)", (_name, make) => {
  it("writes one sheet per table with its title rows and merged two-row header", async () => {
    const wb = await read(await make());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Biểu 1", "Biểu 2"]);
    const ws = wb.getWorksheet("Biểu 1") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("BIỂU TỔNG HỢP");
    expect(ws.getCell("A3").value).toBe(
      "(Kèm theo Kế hoạch số: /KH-UBND ngày /4/2024 của UBND quận Thanh Xuân)",
    );
    const merges = ws.model.merges;
    for (const range of ["A1:G1", "A5:A6", "E5:E6", "F5:G5"]) expect(merges).toContain(range);
    expect(ws.getCell("F5").value).toBe("Dự kiến kết quả");
    expect(ws.getCell("F6").value).toBe("Cấp quận");
    expect(ws.getCell("G6").value).toBe("Cấp phường");
  });

  it("freezes the header and the code column, filters the header and sets A4 landscape fit-to-width", async () => {
    const ws = (await read(await make())).getWorksheet("Biểu 1") as ExcelJS.Worksheet;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 6 });
    expect(ws.autoFilter).toBe("A6:G6");
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:6",
    });
    expect(ws.getColumn(2).width).toBeGreaterThan(ws.getColumn(1).width ?? 0);
  });

  it("writes the values, with section titles merged across the row", async () => {
    const ws = (await read(await make())).getWorksheet("Biểu 1") as ExcelJS.Worksheet;
    expect(ws.getCell("A7").value).toBe("1");
    expect(ws.getCell("C7").value).toBe("Phòng Nội vụ");
    expect(ws.getCell("A8").value).toBe("2");
    expect(ws.getCell("B8").value).toBe("Các hoạt động thông tin, tuyên truyền");
    expect(ws.model.merges).toContain("B8:G8");
    expect(String(ws.getCell("G10").value)).toContain("Phường Hạ Đình/đường Khương Đình");
    // Rows 7-22: 1, 2, 2.1, 2.2, 3, 3.1-3.6, 4, 4.1-4.4.
    expect(ws.getCell("A22").value).toBe("4.4");
    expect(ws.getCell("E22").value).toBe(
      "Hoàn thành trước ngày 30/11/2024 (đối với nhà được hỗ trợ sửa chữa)",
    );
  });
});
