import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Plan } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanTableReport, headerLayout, type Report, type ReportTable, renderDocx } from "../src/index";
import { requireComponent } from "./helpers";
import { findPhrase, type PdfWord, pdfRules, pdfWords, printedHeader, wordsIn } from "./pdfGeometry";
import { seedProgressReport } from "./progressFixture";
import { docxTables } from "./wordprocessingml";

// The real rendering test: LibreOffice (headless, its own profile) prints our .docx files as PDF,
// and poppler measures what a reader sees: page sizes and counts, the table's ruling lines and the
// words' boxes (column widths, header labels inside their columns). It draws the pages shown in
// docs/export.md into docs/images/, so those images are always what users get. A round trip
// through LibreOffice's own .docx writer checks that it reads our tables as we wrote them.
const ready =
  requireComponent("soffice", "LibreOffice") &&
  requireComponent("pdftotext", "poppler-utils") &&
  requireComponent("pdftocairo", "poppler-utils") &&
  requireComponent("pdftoppm", "poppler-utils");

const repoRoot = resolve(__dirname, "../../..");
const images = join(repoRoot, "docs/images");
// The Thanh Xuân plugin's shipped copy of the seed: tests read only files inside the repository.
const seedPath = resolve(
  repoRoot,
  "packages/plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt",
);
const work = mkdtempSync(join(tmpdir(), "kehoach-render-"));
if (ready && !existsSync(seedPath)) console.log("skipped: the Thanh Xuân plugin's seed copy is missing");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function soffice(to: "pdf" | "docx", file: string, outdir: string): string {
  mkdirSync(outdir, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      outdir,
      file,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const out = join(outdir, file.replace(/^.*\//, "").replace(/\.docx$/, `.${to}`));
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${to} for ${file}`);
  return out;
}

async function printed(report: Report, name: string): Promise<{ docx: string; pdf: string }> {
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, await renderDocx(report));
  return { docx, pdf: soffice("pdf", docx, work) };
}

function pageSizes(pdf: string): [number, number][] {
  const info = execFileSync("pdfinfo", ["-l", "1000", pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );
  expect(sizes).toHaveLength(pages);
  return sizes;
}

const pageText = (words: readonly PdfWord[]) => words.map((w) => w.text).join(" ");

/** Draws a page into docs/images/ (the images docs/export.md shows). */
function drawPage(pdf: string, page: number, name: string): void {
  const stem = join(work, name.replace(/\.png$/, ""));
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", `${page}`, "-l", `${page}`, "-singlefile", pdf, stem]);
  mkdirSync(images, { recursive: true });
  copyFileSync(`${stem}.png`, join(images, name));
}

/**
 * The printed geometry of a table's header on a page: the width of every leaf column (from the
 * ruling lines), and every header label checked to lie inside its own column, whole.
 */
function measureHeader(pdf: string, page: number, words: readonly PdfWord[], table: ReportTable) {
  const first = table.columns[0]?.label ?? "";
  const rules = pdfRules(pdf, page, work);
  const header = printedHeader(words, rules, first);
  expect(header, `the header of ${table.id} on page ${page}`).not.toBeNull();
  const { edges, top, bottom } = header as NonNullable<typeof header>;
  expect(edges, `column borders of ${table.id}`).toHaveLength(table.columns.length + 1);
  const widths = edges.slice(1).map((x, i) => x - (edges[i] as number));
  for (const cell of headerLayout(table.columns).cells) {
    const left = edges[cell.column] as number;
    const right = edges[cell.column + cell.columnSpan] as number;
    // A merged group label sits above the rule that closes it; its columns' labels below that rule.
    const x = (left + right) / 2;
    const middle = rules.find(
      (r) =>
        r.y1 === r.y2 &&
        r.y1 > top + 2 &&
        r.y1 < bottom - 2 &&
        Math.min(r.x1, r.x2) < x &&
        x < Math.max(r.x1, r.x2),
    )?.y1;
    const box =
      cell.rowSpan === 1 && middle !== undefined
        ? cell.row === 0
          ? { left, right, top, bottom: middle }
          : { left, right, top: middle, bottom }
        : { left, right, top, bottom };
    const inside = wordsIn(words, box);
    const squeezed = (s: string) => s.replace(/\s+/g, "");
    // The label is there whole, in reading order, and no word of it crosses the column's borders.
    expect(squeezed(inside.map((w) => w.text).join("")), `"${cell.label}" in its column`).toBe(
      squeezed(cell.label),
    );
    for (const w of inside) {
      expect(w.xMin, `"${w.text}" inside its column`).toBeGreaterThanOrEqual(left);
      expect(w.xMax, `"${w.text}" inside its column`).toBeLessThanOrEqual(right);
    }
  }
  return { widths, column: (key: string) => widths[table.columns.findIndex((c) => c.key === key)] ?? 0 };
}

describe.runIf(ready && existsSync(seedPath))("the seed's plan table printed by LibreOffice", () => {
  let plan: Plan;
  beforeAll(async () => {
    const imported = await importPlan(
      { data: readFileSync(seedPath, "utf8"), fileName: "seed.txt" },
      { plugins: [thanhXuan70], year: 2024 },
    );
    if (!imported.plan) throw new Error(imported.diagnostics.map((d) => d.en).join("; "));
    plan = imported.plan;
  });

  it("fits on at most 8 A4 landscape pages, columns sized to their content, text intact", {
    timeout: 300_000,
  }, async () => {
    const built = buildPlanTableReport(plan).report as Report;
    const { docx, pdf } = await printed(built, "plan-table");
    const sizes = pageSizes(pdf);
    // The issued original prints on 6 pages; equal 100-twip columns printed 20.
    expect(sizes.length).toBeLessThanOrEqual(8);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(841.9, 0); // A4 landscape, in points
      expect(h).toBeCloseTo(595.3, 0);
    }
    const words = pdfWords(pdf);
    const table = built.parts[0]?.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    const { widths, column } = measureHeader(pdf, 1, words[0] ?? [], table.table);
    expect(column("title")).toBeGreaterThanOrEqual(3 * column("code"));
    expect(column("title")).toBe(Math.max(...widths));
    for (const key of ["leads", "coordinators", "time"]) {
      expect(column(key)).toBeGreaterThan(column("code"));
      expect(column(key)).toBeLessThan(column("title"));
    }
    // Page 1 holds the letterhead, the title and rows, not one row: no half-empty first page.
    expect(findPhrase(words[0] ?? [], "1")).not.toBeNull();
    expect(findPhrase(words[0] ?? [], "2.1")).not.toBeNull();
    // The header repeats on every page of the table.
    for (const page of words.slice(1, 3)) expect(findPhrase(page, "Đơn vị chủ trì")).not.toBeNull();

    // Text in drawing order (-raw), so wrapped cell lines stay together.
    const text = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" })
      .normalize("NFC")
      .replace(/\s+/g, " ");
    expect(text).toContain("Đơn vị chủ trì");
    expect(text).toContain("Khương Đình");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Dự kiến kết quả");
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/LiberationSerif|TimesNewRoman|Times/);

    // LibreOffice reads the tables as written: saved again as .docx, the same grid, rows and spans.
    const again = soffice("docx", docx, join(work, "again"));
    const document = (path: string) =>
      strFromU8(unzipSync(new Uint8Array(readFileSync(path)))["word/document.xml"] ?? new Uint8Array());
    const ours = docxTables(document(docx));
    const theirs = docxTables(document(again));
    expect(theirs.map((t) => t.rows.map((r) => r.spans))).toEqual(
      ours.map((t) => t.rows.map((r) => r.spans)),
    );
    expect(theirs.map((t) => t.rows.filter((r) => r.header).length)).toEqual(
      ours.map((t) => t.rows.filter((r) => r.header).length),
    );
    theirs.forEach((t, i) => {
      const grid = ours[i]?.grid ?? [];
      expect(t.grid).toHaveLength(grid.length);
      t.grid.forEach((w, k) => {
        expect(Math.abs(w - (grid[k] ?? 0))).toBeLessThanOrEqual(20);
      });
    });

    drawPage(pdf, 1, "export-plan-table-page1.png");
  });
});

describe.runIf(ready)("the seed's progress report (as of 2024-12-31) printed by LibreOffice", () => {
  it("prints a portrait body, then at most one landscape appendix page per 3 activities", {
    timeout: 300_000,
  }, async () => {
    const report = seedProgressReport("2024-12-31");
    const { pdf } = await printed(report, "progress-report");
    const sizes = pageSizes(pdf);
    const portrait = sizes.map(([w, h]) => w < h);
    // A4 both ways; the body first (portrait), then only landscape pages: the appendix never falls back to portrait
    for (const [w, h] of sizes)
      expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
    expect(portrait[0]).toBe(true);
    const firstLandscape = portrait.indexOf(false);
    expect(firstLandscape).toBeGreaterThan(0);
    expect(portrait.slice(firstLandscape).every((p) => !p)).toBe(true);
    const words = pdfWords(pdf);
    // The appendix's six tables flow on from page to page: every landscape page but the last is filled past two
    // thirds of its height (its lowest word), so no table starts a page that leaves the one before mostly empty.
    // (How many pages depends on the text: the seed's titles keep their citations and table 2 repeats its lead.)
    for (let page = firstLandscape; page < sizes.length - 1; page++) {
      const lowest = Math.max(...(words[page] ?? []).map((w) => w.yMax));
      expect(lowest / (sizes[page]?.[1] ?? 1), `page ${page + 1} is filled`).toBeGreaterThan(2 / 3);
    }

    const first = pageText(words[0] ?? []);
    expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first).toContain("BÁO CÁO");
    expect(first).toContain("Kết quả thực hiện Kế hoạch số");
    expect(first).toContain("Thanh Xuân, ngày 31 tháng 12 năm 2024");
    const appendix = words.slice(firstLandscape).map(pageText).join(" ");
    expect(appendix).toContain("PHÂN LOẠI KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    expect(appendix).toContain("Chưa hoàn thành, quá hạn");
    expect(appendix).toContain("Khương Đình");
    expect(appendix).toContain("Giấy khen");
    const body = words.slice(0, firstLandscape).map(pageText).join(" ");
    expect(body).toContain("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
    expect(body).toContain("Nơi nhận:");

    // Biểu 1 and Biểu 2, measured where each starts: "Nội dung" (Biểu 2) at least 3× "TT".
    const tables = (report.parts.at(-1)?.blocks ?? []).flatMap((b) => (b.type === "table" ? [b.table] : []));
    for (const id of ["progress-classes", "progress-activities"]) {
      const table = tables.find((t) => t.id === id) as ReportTable;
      const title = table.title.at(-1) as string;
      const page = words.findIndex((p, i) => i >= firstLandscape && findPhrase(p, title) !== null);
      expect(page, `the page where ${title} starts`).toBeGreaterThanOrEqual(firstLandscape);
      // Everything below the title's line (the next line may touch it).
      const titleY = (findPhrase(words[page] ?? [], title)?.[0]?.yMin ?? 0) + 2;
      const below = (words[page] ?? []).filter((w) => w.yMin > titleY);
      const { column } = measureHeader(pdf, page + 1, below, table);
      if (id === "progress-activities") expect(column("title")).toBeGreaterThanOrEqual(3 * column("code"));
    }

    drawPage(pdf, 1, "export-progress-report-page1.png");
    drawPage(pdf, firstLandscape + 1, "export-progress-report-appendix.png");
  });
});
