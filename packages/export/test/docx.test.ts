import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../src/index";
import { seedPlanReport } from "./helpers";

async function docxParts(): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(seedPlanReport()));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe("renderDocx (read back from the .docx XML)", async () => {
  const parts = await docxParts();
  const doc = parts["word/document.xml"] ?? "";

  it("lays out A4 landscape sections with Decree 30 margins", () => {
    const sizes = doc.match(/<w:pgSz [^>]*>/g) ?? [];
    expect(sizes).toHaveLength(2);
    for (const size of sizes) {
      expect(size).toContain('w:orient="landscape"');
      expect(size).toContain('w:w="16838"');
      expect(size).toContain('w:h="11906"');
    }
    const margin = doc.match(/<w:pgMar [^>]*>/)?.[0] ?? "";
    expect(margin).toContain('w:top="1134"'); // 20 mm
    expect(margin).toContain('w:bottom="1134"');
    expect(margin).toContain('w:left="1701"'); // 30 mm
    expect(margin).toContain('w:right="850"'); // 15 mm
  });

  it("sets Times New Roman 13 pt as the document font", () => {
    const styles = parts["word/styles.xml"] ?? "";
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="26"\/>/);
  });

  it("writes the letterhead with the national motto", () => {
    expect(doc).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(doc).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(doc).toContain("QUẬN THANH XUÂN");
  });

  it("repeats the two-row merged header on every page and never splits a row", () => {
    expect(count(doc, /<w:tblHeader\/>/g)).toBe(3); // two header rows for table 1, one for table 2
    const rows = count(doc, /<w:tr>|<w:tr /g);
    // every row but the letterhead and row 2.2, which is taller than a page and must split to be printed whole
    expect(count(doc, /<w:cantSplit\/>/g)).toBe(rows - 2);
    expect(doc).toMatch(/<w:gridSpan w:val="2"\/>.{0,400}Dự kiến kết quả/s);
    expect(count(doc, /<w:vMerge w:val="restart"\/>/g)).toBe(5); // TT … Thời gian span both header rows
    expect(doc).toContain("Đơn vị chủ trì");
  });

  it("numbers pages at the top centre from page 2", () => {
    expect(doc).toContain("<w:titlePg/>");
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const numbered = headers.filter(([, xml]) => xml.includes("PAGE"));
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered[0]?.[1]).toContain('<w:jc w:val="center"/>');
    expect(headers.some(([, xml]) => !xml.includes("PAGE"))).toBe(true);
  });

  it("keeps bold emphasis and italic citations", () => {
    expect(doc).toMatch(/<w:b\/>.{0,200}tạo điểm nhấn của quận Thanh Xuân/s);
    expect(doc).toMatch(/<w:i\/>.{0,200}\(Kế hoạch số 02\/KH-UBND/s);
  });
});
