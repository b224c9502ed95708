import { describe, expect, it } from "vitest";
import { foldText, foldWord } from "./foldText";
import { tokenize } from "./tokenize";

describe("foldText", () => {
  it("folds case, diacritics, đ and dashes, one unit per unit", () => {
    expect(foldText("Quý III–IV/2024, ĐẾN hoà hòa")).toBe("quy iii-iv/2024, den hoa hoa");
    expect(foldText("Tết 🙂").length).toBe("Tết 🙂".length);
  });

  it("folds long texts (typed-array path) exactly like short ones", () => {
    const piece = "Hoàn thành trước ngày 30/11/2024; Quý III–IV/2024 – ĐẾN ";
    const long = piece.repeat(40);
    expect(long.length).toBeGreaterThan(512);
    expect(foldText(long)).toBe(foldText(piece).repeat(40));
  });

  it("keeps offsets for decomposed marks and drops them from words", () => {
    const text = "Qu\u0079\u0301 III"; // "Quý" with a combining acute that NFC would compose
    expect(foldText(text).length).toBe(text.length);
    expect(tokenize(text).map((t) => t.text)).toEqual(["quy", "iii"]);
  });

  it("normalises words for comparison", () => {
    expect(foldWord("  Tết   Nguyên  đán ")).toBe("tet nguyen dan");
  });
});
