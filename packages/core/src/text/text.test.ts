import { describe, expect, it } from "vitest";
import {
  canonicalizeToneMarks,
  compareVietnamese,
  decodeEntities,
  foldForSearch,
  isWhiteSpaceCode,
  normalizeText,
  normalizeWithOffsets,
  slugify,
} from "./index";

describe("normalizeText", () => {
  it("composes to NFC, decodes entities and collapses white space", () => {
    const nfd = "Pho\u0300ng VH&amp;TT\u00a0\tqua\u0323\u0302n ";
    expect(normalizeText(nfd)).toBe("Phòng VH&TT quận");
    expect(normalizeText(nfd).length).toBe("Phòng VH&TT quận".length);
  });
  it("keeps white space when asked", () => {
    expect(normalizeText(" a  b ", { whitespace: false })).toBe(" a  b ");
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric references and keeps unknown ones", () => {
    expect(decodeEntities("VH&amp;TT &#273; &#x110; &bogus; &#0;")).toBe("VH&TT đ Đ &bogus; &#0;");
  });
});

describe("canonicalizeToneMarks", () => {
  it.each([
    ["hoà", "hòa"],
    ["Văn hoá", "Văn hóa"],
    ["thuỷ", "thủy"],
    ["Thuỷ Lợi", "Thủy Lợi"],
    ["khoẻ", "khỏe"],
    ["hoàng", "hoàng"],
    ["người", "người"],
    ["ngoài", "ngoài"],
    ["quý", "quý"],
    ["giữa", "giữa"],
    ["gì", "gì"],
    ["tuyển", "tuyển"],
    ["Olympic", "Olympic"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalizeToneMarks(input)).toBe(expected);
  });
  it("moves a tone written on the wrong vowel of a closed syllable", () => {
    expect(canonicalizeToneMarks("hòang")).toBe("hoàng");
  });
});

describe("foldForSearch", () => {
  it("removes tones, shapes and đ, lower-cases", () => {
    expect(foldForSearch("Đoàn TNCS Hồ Chí Minh")).toBe("doan tncs ho chi minh");
  });
  it("folds i/y only when asked", () => {
    expect(foldForSearch("hy vọng")).toBe("hy vong");
    expect(foldForSearch("hy vọng", { iy: true })).toBe(foldForSearch("hi vọng", { iy: true }));
  });
  it("at level 'tones', equals exactly where Intl.Collator('vi', base) does", () => {
    const collator = new Intl.Collator("vi", { sensitivity: "base" });
    const pairs = [
      ["Phòng Văn hóa", "phòng văn hoá"],
      ["Phòng Văn hóa", "phong van hoa"],
      ["Khương Đình", "KHƯƠNG ĐINH"],
      ["Khương Đình", "khuong dinh"],
      ["mả", "MÁ"],
      ["ma", "mă"],
    ] as const;
    const folded = pairs.map(
      ([a, b]) => foldForSearch(a, { level: "tones" }) === foldForSearch(b, { level: "tones" }),
    );
    expect(folded).toEqual([true, false, true, false, true, false]);
    if (collator.resolvedOptions().locale.startsWith("vi")) {
      expect(pairs.map(([a, b]) => collator.compare(a, b) === 0)).toEqual(folded);
    }
    expect(foldForSearch("Phòng Văn hóa")).toBe(foldForSearch("phong van hoa"));
  });
});

describe("slugify", () => {
  it.each([
    ["Phòng Nội vụ", "phong-noi-vu"],
    ["Phòng Lao động - Thương binh và Xã hội", "phong-lao-dong-thuong-binh-va-xa-hoi"],
    ["Thanh Xuân Bắc", "thanh-xuan-bac"],
    ["  --Đoàn TNCS HCM--  ", "doan-tncs-hcm"],
    ["!!!", ""],
  ])("%s → %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe("compareVietnamese", () => {
  it("sorts by the Vietnamese alphabet", () => {
    expect(
      ["Đông", "Dương", "Anh", "Ấn", "Ăn", "Ơn", "Ôm", "Ong", "Ưa", "Uống"].sort(compareVietnamese),
    ).toEqual(["Anh", "Ăn", "Ấn", "Dương", "Đông", "Ong", "Ôm", "Ơn", "Uống", "Ưa"]);
  });
  it("orders tones ngang, huyền, hỏi, ngã, sắc, nặng", () => {
    expect(["ma", "mạ", "má", "mã", "mả", "mà"].sort(compareVietnamese)).toEqual([
      "ma",
      "mà",
      "mả",
      "mã",
      "má",
      "mạ",
    ]);
  });
  it("sorts the 11 wards like Intl.Collator('vi') where ICU has Vietnamese", () => {
    const wards = [
      "Thượng Đình",
      "Hạ Đình",
      "Khương Trung",
      "Kim Giang",
      "Khương Mai",
      "Khương Đình",
      "Nhân Chính",
      "Phương Liệt",
      "Thanh Xuân Trung",
      "Thanh Xuân Nam",
      "Thanh Xuân Bắc",
    ];
    const ours = [...wards].sort(compareVietnamese);
    expect(ours[0]).toBe("Hạ Đình");
    expect(ours.indexOf("Khương Đình")).toBeLessThan(ours.indexOf("Khương Mai"));
    const collator = new Intl.Collator("vi");
    if (collator.resolvedOptions().locale.startsWith("vi")) {
      expect(ours).toEqual([...wards].sort(collator.compare));
    }
  });
  it("is 0 only for identical text", () => {
    expect(compareVietnamese("hòa", "hòa")).toBe(0);
    expect(compareVietnamese("Hòa", "hòa")).toBe(1);
  });
});

describe("normalizeWithOffsets", () => {
  it("maps offsets of decoded and composed text back to the source", () => {
    const source = "VH&amp;TT qua\u0323\u0302n";
    const { text, toSource } = normalizeWithOffsets(source);
    expect(text).toBe("VH&TT quận");
    expect(toSource(text.indexOf("T"))).toBe(source.indexOf("T"));
    expect(toSource(text.indexOf("q"))).toBe(source.indexOf("q"));
    expect(toSource(text.length)).toBe(source.length);
  });
});

describe("normalizeWithOffsets and tags", () => {
  it("drops HTML tags and keeps offsets of what follows", () => {
    const source = "của</i> <i>UBND &amp; <b>quận</b>";
    const { text, toSource } = normalizeWithOffsets(source);
    expect(text).toBe("của UBND & quận");
    expect(toSource(text.indexOf("UBND"))).toBe(source.indexOf("UBND"));
    expect(toSource(text.indexOf("quận"))).toBe(source.indexOf("quận"));
  });
});

describe("isWhiteSpaceCode", () => {
  it("agrees with the pattern \\s on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isWhiteSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
  it("reads a position past the end (NaN) as no white space", () => {
    expect(isWhiteSpaceCode("a".charCodeAt(5))).toBe(false);
  });
});
