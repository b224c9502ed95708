import { describe, expect, it } from "vitest";
import { findImageRules } from "./findImageRules";
import { readPgm, writePgm } from "./GrayImage";
import { parseTesseractTsv } from "./parseTesseractTsv";

describe("OCR building blocks", () => {
  it("reads back a PGM it wrote, and refuses other images", () => {
    const image = { width: 3, height: 2, pixels: new Uint8Array([0, 128, 255, 1, 2, 3]) };
    const back = readPgm(writePgm(image));
    expect(back).toEqual(image);
    expect(readPgm(new TextEncoder().encode("P6\n1 1\n255\nabc"))).toEqual({
      error: "not a binary PGM (P5)",
    });
    expect(readPgm(new TextEncoder().encode("P5\n100000 100000\n255\n"))).toHaveProperty("error");
  });

  it("finds long dark runs as rules, not the short strokes of letters", () => {
    const width = 200;
    const height = 100;
    const pixels = new Uint8Array(width * height).fill(255);
    for (let x = 10; x < 190; x++) for (let y = 20; y < 22; y++) pixels[y * width + x] = 0; // a 2-px horizontal rule
    for (let y = 10; y < 90; y++) pixels[y * width + 50] = 30; // a 1-px vertical rule
    for (let x = 100; x < 110; x++) pixels[60 * width + x] = 0; // a letter's bar
    const rules = findImageRules({ width, height, pixels }, 40, 4);
    expect(rules).toEqual([
      { x0: 10, y0: 21, x1: 190, y1: 21 },
      { x0: 50.5, y0: 10, x1: 50.5, y1: 90 },
    ]);
  });

  it("takes the words of Tesseract's TSV with their boxes scaled to points", () => {
    const tsv = [
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "4\t1\t1\t1\t1\t0\t100\t50\t300\t40\t-1\t",
      "5\t1\t1\t1\t1\t1\t100\t50\t120\t40\t96.5\tPhòng",
      "5\t1\t1\t1\t1\t2\t240\t50\t160\t40\t91.2\tNội vụ",
      "5\t1\t1\t1\t1\t3\t420\t50\t20\t40\t3.0\t~",
    ].join("\n");
    expect(parseTesseractTsv(tsv, 0.25)).toEqual([
      { text: "Phòng", x0: 25, y0: 12.5, x1: 55, y1: 22.5, bold: false, italic: false },
      { text: "Nội vụ", x0: 60, y0: 12.5, x1: 100, y1: 22.5, bold: false, italic: false },
    ]);
  });
});
