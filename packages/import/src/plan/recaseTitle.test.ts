import { describe, expect, it } from "vitest";
import { random } from "../../test/random";
import { buildCaseIndex, type CaseIndex, recaseTitle, titleWords } from "./recaseTitle";

/** The index as entries in insertion order (ties between spellings go to the first one met). */
function entries(index: CaseIndex, only?: ReadonlySet<string>) {
  const keep = (key: string) => only === undefined || only.has(key.split(" ")[0]!);
  const list = (map: Map<string, Map<string, number>>) =>
    [...map].filter(([key]) => keep(key)).map(([key, counts]) => [key, [...counts]]);
  return { single: list(index.single), pair: list(index.pair) };
}

const PIECES = [
  "các",
  "Các",
  "CÁC",
  "hoạt",
  "Hoạt",
  "động",
  "Ngày",
  "ngày",
  "NGÀY",
  "Giải",
  "giải",
  "Thủ",
  "đô",
  "Đô",
  "70",
  "năm",
  "ca\u0301c",
  "nga\u0300y",
  "İ",
  "i\u0307",
  "Σ",
  "σ",
  "ς",
  "ΑΣ",
  "(",
  ")",
  ",",
  ";",
  ".",
  "-",
  "\u201c",
  "/",
  "[",
  "*",
  "?",
  "|",
  "\\",
  "$",
  "{",
  "\u0301",
  "Ⓐ",
  " ",
  " ",
  " ",
  "  ",
  "\t",
  "\n",
  "\u00a0",
  "\u2003",
  "\u3000",
  "\ufeff",
];

function text(next: () => number, pieces: number): string {
  let out = "";
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(next() * PIECES.length)]!;
  return out;
}

describe("the title case index", () => {
  it("counts the titles' words as the full index does, however the cells are written", () => {
    const next = random(13);
    for (let round = 0; round < 300; round++) {
      const cells = Array.from({ length: 20 }, () => text(next, Math.floor(next() * 14)));
      const only = titleWords([text(next, 8), text(next, 8)]);
      expect(entries(buildCaseIndex(cells, only))).toEqual(entries(buildCaseIndex(cells), only));
    }
  });

  it("reads cells whose lower case does not line up with them (İ, Σ) word by word", () => {
    const cells = ["x aΣⒶ y", "x İİİİİ các y", "x İx y", "Các các Các"];
    const only = titleWords(["AΣ CÁC İX"]);
    const index = buildCaseIndex(cells, only);
    expect(entries(index)).toEqual(entries(buildCaseIndex(cells), only));
    expect([...index.single.keys()]).toEqual(["aς", "các", "i̇x"]);
    expect(entries(buildCaseIndex(cells, titleWords(["(( ...", "-"])))).toEqual({ single: [], pair: [] });
  });

  it("recases an all-capitals title from the document's words", () => {
    const cells = ["Kỷ niệm 70 năm Ngày Giải phóng Thủ đô", "Chào mừng Ngày Giải phóng Thủ đô"];
    const title = "CÁC HOẠT ĐỘNG KỶ NIỆM 70 NĂM NGÀY GIẢI PHÓNG THỦ ĐÔ";
    const index = buildCaseIndex(cells, titleWords([title]));
    expect(recaseTitle(title, index)).toBe("Các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô");
  });
});
