import { describe, expect, it } from "vitest";
import { richTextToString } from "../../text/RichText";
import type { PageWord } from "./PageLayout";
import { pageParagraphs } from "./pageText";

function word(text: string, x0: number, y0: number, bold = false): PageWord {
  return { text, x0, x1: x0 + text.length * 6, y0, y1: y0 + 13, bold, italic: false };
}

describe("pageParagraphs", () => {
  it("reads a two-column letterhead as its left column, then its right column", () => {
    const words = [
      word("UBND PHƯỜNG AN BÌNH", 60, 40, true),
      word("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 40, true),
      word("Số: 15/KH-UBND", 80, 58),
      word("Độc lập - Tự do - Hạnh phúc", 330, 58, true),
      word("An Bình, ngày 3 tháng 4 năm 2026", 320, 80),
      word("KẾ HOẠCH", 260, 130, true),
      word("5", 290, 815),
    ];
    const texts = pageParagraphs(words, 842).map((paragraph) => richTextToString(paragraph.rich));
    expect(texts).toEqual([
      "UBND PHƯỜNG AN BÌNH",
      "Số: 15/KH-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "An Bình, ngày 3 tháng 4 năm 2026",
      "KẾ HOẠCH",
    ]);
  });

  it("joins a wrapped line to its paragraph, and keeps a short line apart", () => {
    const words = [
      word("Căn cứ Kế hoạch số 12/KH-UBND của Ủy ban nhân dân quận về", 60, 100),
      word("công tác năm 2026;", 60, 114),
      word("Ủy ban nhân dân phường ban hành Kế hoạch như sau:", 60, 140),
    ];
    const texts = pageParagraphs(words, 842).map((paragraph) => richTextToString(paragraph.rich));
    expect(texts).toEqual([
      "Căn cứ Kế hoạch số 12/KH-UBND của Ủy ban nhân dân quận về công tác năm 2026;",
      "Ủy ban nhân dân phường ban hành Kế hoạch như sau:",
    ]);
  });
});
