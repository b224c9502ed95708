import { describe, expect, it } from "vitest";
import { detectFormat, importPlan, readMarkdown } from "../src/index";
import { richTextToString } from "../src/text/RichText";

// A plan written as Markdown, in our own words, in the shapes a Markdown export or a hand-written plan
// takes: a letterhead line, headings and bold caption lines, a GFM pipe table with bold group rows,
// escaped pipes, entities and <br> inside cells, a second table under its own caption.
const plan = [
  "**ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ** — **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** — *Độc lập - Tự do - Hạnh phúc*",
  "",
  "Số: 12/KH-UBND",
  "",
  "*Nam Hà, ngày 05 tháng 3 năm 2026*",
  "",
  "# KẾ HOẠCH",
  "",
  "## Chuyển đổi số năm 2026",
  "",
  "**BIỂU TỔNG HỢP**",
  "",
  "**CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ**",
  "",
  "| TT | Nội dung | Đơn vị chủ trì | Thời gian |",
  "| :---: | --- | --- | --- |",
  "| **1** | **Hạ tầng số** |  |  |",
  "| 1.1 | Lắp đặt wifi tại bộ phận một cửa | Văn phòng HĐND và UBND | Quý II/2026 |",
  "| 1.2 | Số hóa hồ sơ \\| hộ tịch<br>năm 2020 &amp; 2021 | Phòng Tư pháp | Trước ngày 30/9/2026 |",
  "",
  "### Nhiệm vụ phối hợp",
  "",
  "| TT | Nội dung | Đơn vị chủ trì | Thời gian |",
  "| --- | --- | --- | --- |",
  "| 1 | Tham gia tập huấn của Thành phố | Công an phường | Tháng 10/2026 |",
  "",
].join("\n");

describe("readMarkdown", () => {
  it("reads paragraphs and pipe tables as blocks located by their lines", () => {
    const doc = readMarkdown(plan, { fileName: "ke-hoach.md" });
    expect(doc.format).toBe("markdown");
    const shown = doc.blocks.map((block) =>
      block.kind === "paragraph"
        ? `${block.line} ${richTextToString(block.rich)}`
        : `${block.line} | ${block.cells.map((cell) => richTextToString(cell.rich)).join(" | ")}`,
    );
    expect(shown).toEqual([
      "1 ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc",
      "3 Số: 12/KH-UBND",
      "5 Nam Hà, ngày 05 tháng 3 năm 2026",
      "7 KẾ HOẠCH",
      "9 Chuyển đổi số năm 2026",
      "11 BIỂU TỔNG HỢP",
      "13 CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ",
      "15 | TT | Nội dung | Đơn vị chủ trì | Thời gian",
      "17 | 1 | Hạ tầng số |  | ",
      "18 | 1.1 | Lắp đặt wifi tại bộ phận một cửa | Văn phòng HĐND và UBND | Quý II/2026",
      "19 | 1.2 | Số hóa hồ sơ | hộ tịch năm 2020 & 2021 | Phòng Tư pháp | Trước ngày 30/9/2026",
      "21 Nhiệm vụ phối hợp",
      "23 | TT | Nội dung | Đơn vị chủ trì | Thời gian",
      "25 | 1 | Tham gia tập huấn của Thành phố | Công an phường | Tháng 10/2026",
    ]);
    const group = doc.blocks.find((block) => block.line === 17);
    expect(group?.kind === "row" && group.cells[1]!.rich.segments.every((s) => s.bold)).toBe(true);
    expect(doc.blocks.find((block) => block.line === 15)).toMatchObject({ headerHint: true });
  });

  it("imports as a whole document: letterhead as metadata, each table apart under its caption", async () => {
    expect(detectFormat(plan)).toBe("markdown");
    expect(detectFormat(new TextEncoder().encode(plan), "ke-hoach.md")).toBe("markdown");
    const result = await importPlan({
      data: new TextEncoder().encode(`\uFEFF${plan}`),
      fileName: "ke-hoach.md",
    });
    expect(result.document).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ",
      numberText: "12/KH-UBND",
      date: "2026-03-05",
      type: "KẾ HOẠCH",
      title: "Chuyển đổi số năm 2026",
    });
    const plan2 = result.plan!;
    expect(plan2.title).toBe("Chuyển đổi số năm 2026");
    expect(plan2.tables.map((table) => table.title)).toEqual([
      "Biểu tổng hợp các nhiệm vụ chuyển đổi số",
      "Nhiệm vụ phối hợp",
    ]);
    expect(plan2.activities.map((a) => [a.id, a.title, a.leads.map((l) => l.source), a.time.text])).toEqual([
      ["t1-1", "Hạ tầng số", [], ""],
      ["t1-1.1", "Lắp đặt wifi tại bộ phận một cửa", ["Văn phòng HĐND và UBND"], "Quý II/2026"],
      ["t1-1.2", "Số hóa hồ sơ | hộ tịch năm 2020 & 2021", ["Phòng Tư pháp"], "Trước ngày 30/9/2026"],
      ["t2-1", "Tham gia tập huấn của Thành phố", ["Công an phường"], "Tháng 10/2026"],
    ]);
    const kinds = new Map(result.ledger.map((entry) => [entry.line, entry.kind]));
    expect([kinds.get(1), kinds.get(3), kinds.get(5), kinds.get(15), kinds.get(18)]).toEqual([
      "metadata",
      "metadata",
      "metadata",
      "header",
      "activity",
    ]);
  });

  it("never throws on broken Markdown, and reads a file of no table as no plan", async () => {
    for (const text of ["| a |\n| --- |\n| b | c | d |", "**unclosed *mixed", "|||\n|-|-|", "\u0000\u0001"]) {
      expect(() => readMarkdown(text)).not.toThrow();
    }
    const result = await importPlan({ data: "# Ghi chú\n\nKhông có bảng.", fileName: "x.md" });
    expect(result.plan).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain("import.no-table");
  });
});
