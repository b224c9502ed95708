import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderPdf } from "../src/index";
import { requireComponent, seedPlanReport } from "./helpers";

const work = mkdtempSync(join(tmpdir(), "kehoach-pdf-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("renderPdf", async () => {
  const pdf = await renderPdf(seedPlanReport());

  it("is a PDF with the DejaVu Serif font embedded", () => {
    const head = new TextDecoder().decode(pdf.subarray(0, 5));
    expect(head).toBe("%PDF-");
    expect(new TextDecoder("latin1").decode(pdf)).toContain("DejaVuSerif");
  });

  it.runIf(requireComponent("pdftotext", "poppler-utils"))(
    "reads back with every Vietnamese diacritic, on A4 landscape pages",
    () => {
      const file = join(work, "plan.pdf");
      writeFileSync(file, pdf);
      const text = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" })
        .normalize("NFC")
        .replace(/\s+/g, " ");
      for (const phrase of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đơn vị chủ trì",
        "Khương Đình",
        "Thượng Đình",
        "Hoàn thành trước ngày 30/11/2024",
      ]) {
        expect(text).toContain(phrase);
      }
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    },
  );
});
