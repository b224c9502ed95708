import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderPdf } from "../src/index";
import { requireComponent, seedPlanReport } from "./helpers";
import { pdfWords } from "./pdfGeometry";
import { seedProgressReport } from "./progressFixture";

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

  it.runIf(requireComponent("pdftotext", "poppler-utils"))(
    "never breaks a document number, a date or an abbreviation across lines, nor spreads it",
    async () => {
      const file = join(work, "progress.pdf");
      writeFileSync(file, await renderPdf(seedProgressReport("2024-12-31")));
      const words = pdfWords(file).flat();
      // A break after "/" or "-" inside "02/KH-UBND", "30/11/2024" or "LĐ-TBXH" would leave a
      // word ending in it; justification would leave "02/" and "KH-" as separate words.
      const broken = words.filter((w) => /[\p{L}\p{N}][/-]$/u.test(w.text));
      expect(broken.map((w) => w.text)).toEqual([]);
      const numbers = words.filter((w) => /\d+\/(?:KH|BC|QĐ)-UBND/u.test(w.text));
      expect(numbers.length).toBeGreaterThan(0);
      const dates = words.filter((w) => /^\(?\d{1,2}\/\d{1,2}\/\d{4}/u.test(w.text));
      expect(dates.length).toBeGreaterThan(10);
    },
  );
});
