import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { syntheticPlan } from "../bench/syntheticPlan";
import { planTableStreamTables, writeXlsxStream } from "../src/index";

describe("writeXlsxStream merges every section row (without exceljs's quadratic overlap check)", () => {
  it("keeps the header merges and one merge per section row, in a 500-activity plan", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    expect(await writeXlsxStream(planTableStreamTables(syntheticPlan(500)), out)).toBe(500);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    const merges = ws?.model.merges ?? [];
    const sectionMerges = merges.filter(
      (m) => /^B\d+:G\d+$/.test(m) && m.split(":")[0]?.slice(1) === m.split(":")[1]?.slice(1),
    );
    expect(sectionMerges).toHaveLength(50);
    expect(merges).toContain("F5:G5"); // "Dự kiến kết quả" over its two columns
    expect(new Set(merges).size).toBe(merges.length);
  });
});
