import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocx } from "../src/index";
import { requireComponent, seedPlanReport } from "./helpers";
import { seedProgressReport } from "./progressFixture";

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

function pageSizes(pdf: string): { pages: number; sizes: [number, number][] } {
  const info = execFileSync("pdfinfo", ["-l", "100", pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );
  return { pages, sizes };
}

function drawPage(pdf: string, page: number, name: string): void {
  const stem = join(work, name.replace(/\.png$/, ""));
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    stem,
  ]);
  mkdirSync(artifacts, { recursive: true });
  copyFileSync(`${stem}.png`, join(artifacts, name));
}

describe.runIf(ready)("the seed's progress report (as of 2024-12-31) rendered by LibreOffice", () => {
  it("prints a portrait body, then landscape appendix pages, with the Vietnamese text intact", {
    timeout: 180_000,
  }, async () => {
    const docx = join(work, "progress-report.docx");
    writeFileSync(docx, await renderDocx(seedProgressReport("2024-12-31")));
    const pdf = toPdf(docx);
    const { pages, sizes } = pageSizes(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(sizes).toHaveLength(pages);
    const portrait = sizes.map(([w, h]) => w < h);
    // A4 both ways; the body first (portrait), then only landscape pages: the appendix never falls back to portrait
    for (const [w, h] of sizes)
      expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
    expect(portrait[0]).toBe(true);
    const firstLandscape = portrait.indexOf(false);
    expect(firstLandscape).toBeGreaterThan(0);
    expect(portrait.slice(firstLandscape).every((p) => !p)).toBe(true);

    const pageText = (page: number) =>
      execFileSync("pdftotext", ["-raw", "-f", String(page), "-l", String(page), pdf, "-"], {
        encoding: "utf8",
      })
        .normalize("NFC")
        .replace(/\s+/g, " ");
    const first = pageText(1);
    expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first).toContain("BÁO CÁO");
    expect(first).toContain("Kết quả thực hiện Kế hoạch số");
    expect(first).toContain("Thanh Xuân, ngày 31 tháng 12 năm 2024");
    const appendix = Array.from({ length: pages - firstLandscape }, (_, i) =>
      pageText(firstLandscape + 1 + i),
    ).join(" ");
    expect(appendix).toContain("PHÂN LOẠI KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    expect(appendix).toContain("Chưa hoàn thành, quá hạn");
    expect(appendix).toContain("Khương Đình");
    expect(appendix).toContain("Giấy khen");
    const body = Array.from({ length: firstLandscape }, (_, i) => pageText(i + 1)).join(" ");
    expect(body).toContain("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
    expect(body).toContain("Nơi nhận:");

    drawPage(pdf, 1, "export-progress-report-page1.png");
    drawPage(pdf, firstLandscape + 1, "export-progress-report-appendix.png");
    expect(readdirSync(artifacts)).toEqual(
      expect.arrayContaining(["export-progress-report-page1.png", "export-progress-report-appendix.png"]),
    );
  });
});
