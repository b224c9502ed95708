import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocx } from "../src/index";
import { requireComponent, seedPlanReport } from "./helpers";

// The real rendering test: LibreOffice (headless, its own profile) turns the seed's .docx into a
// PDF; poppler reads it back (pages, sizes, text in drawing order with -raw, so wrapped cell lines stay together) and draws page 1 as the artifact under tests/artifacts/.
const ready =
  requireComponent("soffice", "LibreOffice") &&
  requireComponent("pdftotext", "poppler-utils") &&
  requireComponent("pdftoppm", "poppler-utils");

const artifacts = resolve(__dirname, "../../../tests/artifacts");
const work = mkdtempSync(join(tmpdir(), "kehoach-render-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function toPdf(docx: string): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      docx,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  return docx.replace(/\.docx$/, ".pdf");
}

describe.runIf(ready)("the seed's plan table rendered by LibreOffice", () => {
  it("prints on A4 landscape pages with the Vietnamese text intact", { timeout: 180_000 }, async () => {
    const docx = join(work, "plan-table.docx");
    writeFileSync(docx, await renderDocx(seedPlanReport()));
    const pdf = toPdf(docx);
    const info = execFileSync("pdfinfo", ["-l", "100", pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThan(20);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(sizes).toHaveLength(pages);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(841.9, 0); // A4 landscape, in points
      expect(h).toBeCloseTo(595.3, 0);
    }
    const text = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" })
      .normalize("NFC")
      .replace(/\s+/g, " ");
    expect(text).toContain("Đơn vị chủ trì");
    expect(text).toContain("Khương Đình");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Dự kiến kết quả");
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/LiberationSerif|TimesNewRoman|Times/);

    mkdirSync(artifacts, { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      join(work, "page1"),
    ]);
    copyFileSync(join(work, "page1.png"), join(artifacts, "export-plan-table-page1.png"));
    expect(readdirSync(artifacts)).toContain("export-plan-table-page1.png");
  });
});
