import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildPlanTableReport, renderDocx } from "../src/index";
import { seedPlanReport, seedWithCitationNote } from "./helpers";
import { docxTables, parseXml, textOf, walk, type XmlElement } from "./wordprocessingml";

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

  it("repeats the two-row merged header on every page and keeps only short rows whole", () => {
    expect(count(doc, /<w:tblHeader\/>/g)).toBe(3); // two header rows for table 1, one for table 2
    expect(doc).toMatch(/<w:gridSpan w:val="2"\/>.{0,400}Dự kiến kết quả/s);
    expect(count(doc, /<w:vMerge w:val="restart"\/>/g)).toBe(5); // TT … Thời gian span both header rows
    expect(doc).toContain("Đơn vị chủ trì");
    const rows = [...walk(parseXml(doc))].filter((e) => e.name === "w:tr");
    const first = (row: XmlElement) => textOf(row.children.find((c) => c.name === "w:tc") as XmlElement);
    const kept = (row: XmlElement) =>
      row.children.some(
        (c) =>
          c.name === "w:trPr" &&
          c.children.some(
            (p) => p.name === "w:cantSplit" && !["false", "0"].includes(p.attributes["w:val"] ?? ""),
          ),
      );
    const byCode = new Map(rows.map((r) => [first(r), kept(r)]));
    // Section "2" and item "5.5" are a few lines: kept whole. Item 2.2 (its unit list and the wards'
    // results run long) may continue on the next page rather than leave a page half empty.
    expect(byCode.get("2")).toBe(true);
    expect(byCode.get("5.5")).toBe(true);
    expect(byCode.get("2.2")).toBe(false);
  });

  it("gives every column its width from the content, in the grid and in every cell", () => {
    for (const table of docxTables(doc).slice(1)) {
      // The landscape text width: 297 mm less 30 + 15 mm of margins.
      expect(table.grid.reduce((a, b) => a + b, 0)).toBe(14287);
    }
    const [plan] = docxTables(doc).slice(1);
    const grid = plan?.grid ?? [];
    // TT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian, Cấp quận, Cấp phường
    expect(grid[1]).toBeGreaterThanOrEqual(3 * (grid[0] ?? 0));
    expect(grid[1]).toBe(Math.max(...grid));
    for (const i of [2, 3, 4]) {
      expect(grid[i]).toBeGreaterThan(grid[0] ?? 0);
      expect(grid[i]).toBeLessThan(grid[1] ?? 0);
    }
    // Each cell's w:tcW is the width of the grid columns it spans.
    for (const tbl of [...walk(parseXml(doc))].filter((e) => e.name === "w:tbl").slice(1)) {
      const cols = tbl.children
        .find((c) => c.name === "w:tblGrid")
        ?.children.map((g) => Number(g.attributes["w:w"])) as number[];
      for (const tr of tbl.children.filter((c) => c.name === "w:tr")) {
        let at = 0;
        for (const tc of tr.children.filter((c) => c.name === "w:tc")) {
          const pr = tc.children.find((c) => c.name === "w:tcPr");
          const span = Number(pr?.children.find((c) => c.name === "w:gridSpan")?.attributes["w:val"] ?? 1);
          const width = pr?.children.find((c) => c.name === "w:tcW");
          expect(width?.attributes["w:type"]).toBe("dxa");
          expect(Number(width?.attributes["w:w"])).toBe(cols.slice(at, at + span).reduce((a, b) => a + b, 0));
          at += span;
        }
        expect(at).toBe(cols.length);
      }
    }
  });

  it("numbers pages at the top centre from page 2", () => {
    expect(doc).toContain("<w:titlePg/>");
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const numbered = headers.filter(([, xml]) => xml.includes("PAGE"));
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered[0]?.[1]).toContain('<w:jc w:val="center"/>');
    expect(headers.some(([, xml]) => !xml.includes("PAGE"))).toBe(true);
  });

  it("keeps bold emphasis and italic citations", async () => {
    expect(doc).toMatch(/<w:b\/>.{0,200}tạo điểm nhấn của quận Thanh Xuân/s);
    // The seed's 2.1 keeps its citations in its title: written once, in the title's run.
    expect(count(doc, /Kế hoạch số 02\/KH-UBND/g)).toBe(1);
    // Citations the title does not carry are an italic note after it.
    const { report } = buildPlanTableReport(seedWithCitationNote());
    const noted = strFromU8(unzipSync(await renderDocx(report!))["word/document.xml"]!);
    expect(noted).toMatch(/<w:i\/>.{0,200}\(Kế hoạch số 02\/KH-UBND/s);
  });
});
