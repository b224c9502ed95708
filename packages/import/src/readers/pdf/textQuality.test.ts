import { describe, expect, it } from "vitest";
import { styleOfFontName } from "./extractPageLayout";
import type { PageWord } from "./PageLayout";
import { isGarbled } from "./textQuality";

const words = (...texts: string[]): PageWord[] =>
  texts.map((text) => ({ text, x0: 0, x1: 1, y0: 0, y1: 1, bold: false, italic: false }));

describe("text quality and font styles", () => {
  it("takes Vietnamese, punctuation and symbols for text, glyph ids read as code points for garbage", () => {
    expect(isGarbled(words("Ủy ban nhân dân phường Thượng Đình – ½ ngày, “quý IV”, 100% ✓"))).toBe(false);
    expect(isGarbled(words("\u0e3a\u0e3b\u0e4c\u0f12\u0344\u0512\u0623\u0777 \u0a44\u1122\u1234"))).toBe(
      true,
    );
    expect(isGarbled(words("\ue001\ue002\ue003\ue004 \ue005\ue006\ue007\ue008\ue009"))).toBe(true);
    expect(isGarbled(words("\u0e3a"))).toBe(false); // too little text to judge
  });

  it("reads bold and italic from PostScript font names", () => {
    expect(styleOfFontName("TimesNewRomanPS-BoldItalicMT")).toEqual({ bold: true, italic: true });
    expect(styleOfFontName("CBRMOI+TimesNewRomanPSMT")).toEqual({ bold: false, italic: false });
    expect(styleOfFontName("Arial,Bold")).toEqual({ bold: true, italic: false });
    expect(styleOfFontName("LiberationSerif-Italic")).toEqual({ bold: false, italic: true });
  });
});
