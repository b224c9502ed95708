import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../src/index";
import { richTextToString } from "../src/text/RichText";

/** A one-sheet workbook of the given rows (string cells: Excel's shared strings). */
async function workbook(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Biểu");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("readXlsx: legacy-encoded cells", () => {
  it("converts each cell of a shared TCVN3 string and counts every cell", async () => {
    const tcvn3 = "KÕ ho¹ch tæ chøc c¸c ho¹t ®éng";
    const unicode = "Kế hoạch tổ chức các hoạt động";
    const bytes = await workbook([
      ["1", tcvn3, unicode],
      ["2", tcvn3, tcvn3],
    ]);
    const doc = await readXlsx(bytes, { fileName: "legacy.xlsx" });
    const texts = doc.blocks.map((block) =>
      block.kind === "row" ? block.cells.map((cell) => richTextToString(cell.rich)) : [],
    );
    expect(texts).toEqual([
      ["1", unicode, unicode],
      ["2", unicode, unicode],
    ]);
    const warnings = doc.diagnostics.filter((d) => d.code === "import.encoding-legacy");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.en).toContain("Converted 3 cell(s)");
    expect(warnings[0]?.location?.cell).toBe("B1");
  });
});
