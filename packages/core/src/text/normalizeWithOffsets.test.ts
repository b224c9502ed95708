import { describe, expect, it } from "vitest";
import { isSettled, normalizeWithOffsets } from "./normalizeWithOffsets";

describe("normalizeWithOffsets on text that needs no change", () => {
  it.each(["Phòng Văn hóa và Thông tin quận", "tặng quà 55 gia đình chính sách", ""])(
    "keeps %j and maps every offset to itself",
    (source) => {
      const { text, toSource } = normalizeWithOffsets(source);
      expect(text).toBe(source);
      for (let i = 0; i <= source.length; i++) expect(toSource(i)).toBe(i);
      expect(toSource(-3)).toBe(0);
      expect(toSource(source.length + 5)).toBe(source.length);
    },
  );

  it("still maps decomposed text (combining marks) back to the source", () => {
    const source = "Ho\u0300a Bi\u0300nh"; // "Hòa Bình" typed with combining marks
    const { text, toSource } = normalizeWithOffsets(source);
    expect(text).toBe("Hòa Bình");
    expect(toSource(text.indexOf("Bình"))).toBe(source.indexOf("Bi"));
  });
});

describe("normalizeWithOffsets with a lone '&' or '<'", () => {
  it("keeps 'VH&TT' and '< 5' as they are, offsets unchanged", () => {
    for (const source of ["Phòng VH&TT quận", "dưới 5 < 10 hộ", "a & b <c"]) {
      const { text, toSource } = normalizeWithOffsets(source);
      expect(text).toBe(source);
      expect(toSource(source.length - 1)).toBe(source.length - 1);
    }
  });

  it("still decodes an entity and drops a tag", () => {
    const source = "<i>VH&amp;TT</i> quận";
    const { text, toSource } = normalizeWithOffsets(source);
    expect(text).toBe("VH&TT quận");
    expect(toSource(text.indexOf("quận"))).toBe(source.indexOf("quận"));
  });
});

describe("isSettled", () => {
  const settled: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const ch = String.fromCharCode(code);
    if (isSettled(ch)) settled.push(ch);
  }

  it("holds only characters that are NFC on their own and no combining mark", () => {
    expect(settled.length).toBeGreaterThan(1000);
    for (const ch of settled) if (/\p{M}/u.test(ch) || ch.normalize("NFC") !== ch) expect(ch).toBe("");
  });

  it("holds no character that composes with the one before it: every pair is NFC", () => {
    for (const a of settled)
      for (const b of settled) if ((a + b).normalize("NFC") !== a + b) expect(a + b).toBe("");
  });
});
