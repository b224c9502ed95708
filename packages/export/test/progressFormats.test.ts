import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPlanEngine } from "@kehoach/core";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildProgressReport,
  renderCsv,
  renderDocx,
  renderHtml,
  renderIcs,
  renderMarkdown,
  renderPdf,
  renderXlsx,
} from "../src/index";
import { requireComponent } from "./helpers";
import { seedPlan, seedProgressReport, yearEngine } from "./progressFixture";

const work = mkdtempSync(join(tmpdir(), "kehoach-progress-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const report = seedProgressReport("2024-12-31");
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe("the progress report as .docx (read back from the XML)", async () => {
  const files = unzipSync(await renderDocx(report));
  const doc = strFromU8(files["word/document.xml"] ?? new Uint8Array());

  it("has a portrait body then a landscape appendix section", () => {
    const sizes = doc.match(/<w:pgSz [^>]*>/g) ?? [];
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toContain('w:orient="portrait"');
    expect(sizes[0]).toContain('w:w="11906"');
    expect(sizes[1]).toContain('w:orient="landscape"');
    expect(sizes[1]).toContain('w:w="16838"');
  });

  it("writes the header block, the title, sections I–V, the signature and the appendix tables", () => {
    for (const phrase of [
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "/BC-UBND",
      "Thanh Xuân, ngày 31 tháng 12 năm 2024",
      "BÁO CÁO",
      "Kết quả thực hiện Kế hoạch số …/KH-UBND",
      "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
      "Nơi nhận:",
      "TM. ỦY BAN NHÂN DÂN",
      "PHÂN LOẠI KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
      "Hoàn thành quá hạn",
      "Quyết định số 1234/QĐ-UBND ngày 18/12/2024",
    ]) {
      expect(doc).toContain(phrase);
    }
    // the "Thời hạn" group over three columns, and "Hoàn thành" / "Chưa hoàn thành" over two each
    expect(doc).toMatch(/<w:gridSpan w:val="3"\/>.{0,400}Thời hạn/s);
    expect(count(doc, /<w:tblHeader\/>/g)).toBeGreaterThanOrEqual(6 + 3);
  });

  it("places the signature block before the landscape appendix", () => {
    // a section's properties close it: body … signature … portrait sectPr … appendix … landscape sectPr
    const sign = doc.indexOf("TM. ỦY BAN NHÂN DÂN");
    const portraitEnd = doc.indexOf('w:orient="portrait"');
    const appendix = doc.indexOf("PHÂN LOẠI KẾT QUẢ");
    const landscapeEnd = doc.indexOf('w:orient="landscape"');
    expect(sign).toBeGreaterThan(0);
    expect(sign).toBeLessThan(portraitEnd);
    expect(portraitEnd).toBeLessThan(appendix);
    expect(appendix).toBeLessThan(landscapeEnd);
  });
});

describe("the progress report as .xlsx (read back with exceljs)", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(report)) as unknown as ExcelJS.Buffer);

  it("has the text sheet and one sheet per appendix table", () => {
    expect(wb.worksheets).toHaveLength(7);
    const text = wb.worksheets[0];
    const lines = (text?.getColumn(1).values ?? []).map(String);
    expect(lines).toContain("BÁO CÁO");
    expect(lines.some((l) => l.includes("Đề nghị gia hạn do thời tiết"))).toBe(true);
  });

  it("keeps the classification counts and the merged header", () => {
    const sheet = wb.worksheets[1];
    const values: string[] = [];
    sheet?.eachRow((row) => {
      values.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => String(v ?? ""))
          .join("|"),
      );
    });
    expect(values).toContain("4|Chưa hoàn thành, quá hạn|1|3,8");
    expect(values).toContain("|Tổng cộng|26|100");
    const activities = wb.worksheets[2];
    const merges = (activities?.model as { merges?: string[] } | undefined)?.merges ?? [];
    expect(merges.length).toBeGreaterThan(0);
  });
});

describe("status colours and alignment stay on their own cells (.xlsx, both writers)", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(report)) as unknown as ExcelJS.Buffer);
  const sheet = wb.worksheets[2];
  const rowOf = (code: string) => {
    let found: ExcelJS.Row | undefined;
    sheet?.eachRow((row) => {
      if (String(row.getCell(1).value) === code) found = row;
    });
    if (!found) throw new Error(`no row ${code}`);
    return found;
  };
  const fillOf = (cell: ExcelJS.Cell) =>
    (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;

  it("colours a row by its class and leaves section rows and other rows alone", () => {
    expect(fillOf(rowOf("4.1").getCell(2))).toBe("FFFFC7CE"); // overdue
    expect(fillOf(rowOf("4.4").getCell(2))).toBe("FFC6EFCE"); // done on time
    expect(fillOf(rowOf("2").getCell(2))).toBeUndefined(); // a section, after coloured rows
    expect(fillOf(rowOf("5.2").getCell(2))).toBe("FFFFF2CC"); // in progress, no deadline
  });

  it("centres the code column only", () => {
    expect(rowOf("4.4").getCell(1).alignment?.horizontal).toBe("center");
    expect(rowOf("4.4").getCell(2).alignment?.horizontal).toBeUndefined();
    expect(rowOf("4.4").getCell(4).alignment?.horizontal).toBe("center");
  });
});

describe("the progress report as PDF", async () => {
  const pdf = await renderPdf(report);
  it.runIf(requireComponent("pdftotext", "poppler-utils"))(
    "reads back with its diacritics, portrait then landscape pages",
    () => {
      const file = join(work, "progress.pdf");
      writeFileSync(file, pdf);
      const text = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" })
        .normalize("NFC")
        .replace(/\s+/g, " ");
      for (const phrase of [
        "BÁO CÁO",
        "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "Danh sách gia đình chính sách đang rà soát",
        "Hoàn thành đúng hạn",
        "Thượng Đình",
        "Giấy khen",
      ]) {
        expect(text).toContain(phrase);
      }
      const info = execFileSync("pdfinfo", ["-l", "100", file], { encoding: "utf8" });
      const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) =>
        Number(m[1]) < Number(m[2]) ? "portrait" : "landscape",
      );
      expect(sizes[0]).toBe("portrait");
      expect(sizes.at(-1)).toBe("landscape");
    },
  );
});

describe("the progress report as CSV, Markdown, HTML and iCalendar", () => {
  it("CSV: BOM, one line per appendix row with flattened headers", () => {
    const bytes = renderCsv(report);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text).toContain("Thời hạn – Số lần gia hạn");
    expect(text).toContain("Chưa hoàn thành, quá hạn");
    expect(text).toContain("15/12/2024");
  });

  it("HTML and Markdown sign the body before the appendix, as the .docx and PDF do", () => {
    const html = renderHtml(report);
    expect(html.indexOf("Nơi nhận:")).toBeGreaterThan(html.indexOf("V. ĐỀ XUẤT, KIẾN NGHỊ"));
    expect(html.indexOf("Nơi nhận:")).toBeLessThan(html.indexOf("PHỤ LỤC"));
    const md = renderMarkdown(report);
    expect(md.indexOf("***Nơi nhận:***")).toBeLessThan(md.indexOf("# PHỤ LỤC"));
  });

  it("Markdown: sections and tables", () => {
    const md = renderMarkdown(report);
    expect(md).toContain("## III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
    expect(md).toMatch(/\| 4\.4 \| .* \| 15\/12\/2024 \| 1 \| 30\/11\/2024 \|/);
  });

  it("HTML: every string a unit wrote is escaped", () => {
    const engine = yearEngine();
    const r = engine.apply({
      id: "xss-1",
      activity: "t1-3.6",
      type: "PROGRESS",
      by: { unit: "hoi-cuu-chien-binh" },
      at: "2024-12-30T09:00:00+07:00",
      payload: { difficulties: ['<script>alert("x")</script> & <b>'] },
    });
    expect(r.ok).toBe(true);
    const built = buildProgressReport(seedPlan, engine.stateAt("2024-12-31"), { asOf: "2024-12-31" });
    const html = renderHtml(built.report ?? report);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;");
    expect(html).toMatch(/@page/);
  });

  it("iCalendar: one event per dated activity, on its deadline in force", () => {
    const ics = renderIcs(report, { stamp: "2024-12-31T00:00:00Z" });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents("vevent");
    const summary = (e: ICAL.Component) => String(e.getFirstPropertyValue("summary"));
    const e44 = events.find((e) => summary(e).startsWith("4.4 "));
    expect(String(e44?.getFirstPropertyValue("dtstart"))).toBe("2024-12-15");
    expect(events.length).toBeGreaterThanOrEqual(15);
    const unitIcs = renderIcs(report, {
      unit: "phong-lao-dong-thuong-binh-xa-hoi",
      stamp: "2024-12-31T00:00:00Z",
    });
    const unitEvents = new ICAL.Component(ICAL.parse(unitIcs)).getAllSubcomponents("vevent");
    expect(unitEvents.map(summary).map((s) => s.split(" ")[0])).toEqual(["4.1", "4.2", "4.4"]);
  });

  it("an engine without events gives a report where nothing has started", () => {
    const empty = buildProgressReport(seedPlan, createPlanEngine(seedPlan).state(), { asOf: "2024-03-01" });
    expect(empty.diagnostics).toEqual([]);
    expect(renderMarkdown(empty.report ?? report)).toContain("0/26 nhiệm vụ đã được triển khai");
  });
});
