import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plan } from "@kehoach/core";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { runCli } from "../runCli";

const dir = mkdtempSync(join(tmpdir(), "kehoach-export-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The repository's seed plan (fixtures/thanh-xuan-70/seed-plan.json), copied so tests can write variants beside it.
const seedPath = fileURLToPath(new URL("../../../../fixtures/thanh-xuan-70/seed-plan.json", import.meta.url));
const thanhXuanPlan = JSON.parse(readFileSync(seedPath, "utf8")) as Plan;
const planPath = join(dir, "plan.json");
writeFileSync(planPath, JSON.stringify(thanhXuanPlan));

describe("kehoach export", () => {
  it("writes the plan table as .docx to a file", async () => {
    const io = memoryIO();
    const file = join(dir, "plan.docx");
    expect(await runCli(["export", planPath, "--report", "plan", "--format", "docx", "-o", file], io)).toBe(
      0,
    );
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it("takes the format from the output's extension and writes a readable .xlsx", async () => {
    const io = memoryIO();
    const file = join(dir, "plan.xlsx");
    expect(await runCli(["export", planPath, "-o", file], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet("Biểu 1")?.getCell("F5").value).toBe("Dự kiến kết quả");
  });

  it("writes text formats to stdout, filtered by unit", async () => {
    const io = memoryIO();
    expect(
      await runCli(["export", planPath, "--format", "md", "--unit", "phong-lao-dong-thuong-binh-xa-hoi"], io),
    ).toBe(0);
    const md = io.outBytes().toString("utf8");
    expect(md).toContain("| 4.4 |");
    expect(md).not.toContain("| 2.1 |");
  });

  it("writes a calendar of one unit's deadlines", async () => {
    const io = memoryIO();
    expect(
      await runCli(
        ["export", planPath, "--format", "ics", "--unit", "phong-lao-dong-thuong-binh-xa-hoi"],
        io,
      ),
    ).toBe(0);
    const ics = io.outBytes().toString("utf8");
    // The seed's Phòng LĐ-TBXH leads 4.1 and 4.2 ("Từ tháng 4-10/2024") and 4.4 ("Hoàn thành trước ngày 30/11/2024").
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it("answers an unknown format with exit 2", async () => {
    const io = memoryIO();
    expect(await runCli(["export", planPath, "--format", "odt"], io)).toBe(2);
    expect(io.err()).toContain('Không có định dạng "odt"');
  });

  it("answers an unknown unit with exit 1, a bilingual line and the plan's units with their names", async () => {
    const io = memoryIO();
    expect(await runCli(["export", planPath, "--format", "csv", "--unit", "phong-khong-co"], io)).toBe(1);
    expect(io.err()).toContain("phong-khong-co");
    expect(io.err()).toContain("does not occur in the plan");
    expect(io.err()).toContain("Các đơn vị của kế hoạch / The plan's units:");
    expect(io.err()).toContain("  phong-lao-dong-thuong-binh-xa-hoi: Phòng Lao động - Thương binh và Xã hội");
    expect(io.out()).toBe("");
  });

  it("takes a unit by its name or abbreviation as well as its id", async () => {
    // The seed's unit: "Phòng Lao động - Thương binh và Xã hội quận Thanh Xuân", short "Phòng Lao động - Thương
    // binh và Xã hội", aliases "Phòng LĐ-TBXH" and "P. LĐ-TBXH" among others (the plan writes "Phòng LĐ-TBXH").
    const byId = memoryIO();
    expect(
      await runCli(
        ["export", planPath, "--format", "md", "--unit", "phong-lao-dong-thuong-binh-xa-hoi"],
        byId,
      ),
    ).toBe(0);
    expect(byId.out()).toContain("| 4.4 |");
    for (const unit of [
      "Phòng LĐ-TBXH",
      "P. LĐ-TBXH",
      "Phòng Lao động - Thương binh và Xã hội",
      "phòng lao động - thương binh và xã hội",
      "Phòng Lao động - Thương binh và Xã hội quận Thanh Xuân",
    ]) {
      const io = memoryIO();
      expect(await runCli(["export", planPath, "--format", "md", "--unit", unit], io), unit).toBe(0);
      expect(io.out(), unit).toBe(byId.out());
    }
  });

  it("refuses to write a .docx, .xlsx or .pdf to a terminal, with a hint; a pipe gets the bytes", async () => {
    for (const format of ["docx", "xlsx", "pdf"]) {
      const tty = memoryIO();
      Object.assign(tty.stdout, { isTTY: true });
      expect(await runCli(["export", planPath, "--format", format], tty)).toBe(2);
      expect(tty.err()).toContain(`-o bao-cao.${format}`);
      expect(tty.err()).toContain(`> report.${format}`);
      expect(tty.outBytes()).toHaveLength(0);
    }
    const pipe = memoryIO();
    expect(await runCli(["export", planPath, "--format", "docx"], pipe)).toBe(0);
    expect(pipe.outBytes().subarray(0, 2).toString()).toBe("PK");
    const text = memoryIO();
    Object.assign(text.stdout, { isTTY: true });
    expect(await runCli(["export", planPath, "--format", "md"], text)).toBe(0);
  });

  it("answers a plan that is not JSON with exit 1, and a missing format with exit 2", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    expect(await runCli(["export", bad, "--format", "csv"], memoryIO())).toBe(1);
    expect(await runCli(["export", planPath], memoryIO())).toBe(2);
  });
});
