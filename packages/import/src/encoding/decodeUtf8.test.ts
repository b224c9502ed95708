import { describe, expect, it } from "vitest";
import { random } from "../../test/random";
import { decodeUtf8, decodeUtf8Strictly, fastUtf8Available } from "./decodeUtf8";

const encode = (text: string) => new TextEncoder().encode(text);
const lenient = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes);
function strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

describe("decodeUtf8 and decodeUtf8Strictly", () => {
  it("takes Node's fast path here, so the comparisons below test it", () => {
    expect(fastUtf8Available).toBe(true);
  });

  const cases: [string, Uint8Array][] = [
    ["empty", new Uint8Array(0)],
    ["ASCII", encode("TT\tNoi dung\r\n")],
    ["Vietnamese", encode("Phòng Văn hóa và Thông tin quận Thanh Xuân; Quý III-IV/2024")],
    ["a byte order mark", encode("\ufeffKế hoạch")],
    ["two byte order marks", encode("\ufeff\ufeffKế hoạch")],
    ["a byte order mark on ASCII", encode("\ufeffTT")],
    ["a mark that is not first", encode("Kế\ufeffhoạch")],
    ["a character beyond the BMP", encode("Sổ 𝐓 tay 😀")],
    ["NUL and controls", encode("a\u0000ư\u0007")],
    ["Windows-1258 bytes", new Uint8Array([0x50, 0x68, 0xf2, 0x6e, 0x67, 0x20, 0xd2])],
    ["a truncated sequence", new Uint8Array([...encode("Phòng "), 0xe1, 0xbb])],
    ["an overlong slash", new Uint8Array([0xc0, 0xaf, ...encode("ư")])],
    ["an encoded surrogate", new Uint8Array([0xed, 0xa0, 0x80, ...encode("ư")])],
    ["beyond U+10FFFF", new Uint8Array([0xf4, 0x90, 0x80, 0x80, ...encode("ư")])],
  ];
  it.each(cases)("reads %s as TextDecoder does", (_name, bytes) => {
    expect(decodeUtf8(bytes)).toBe(lenient(bytes));
    expect(decodeUtf8Strictly(bytes)).toBe(strict(bytes));
  });

  it("reads only the bytes of a view, not the rest of its buffer", () => {
    const whole = encode("\ufeffỦy ban nhân dân quận Thanh Xuân");
    const view = whole.subarray(3, 3 + encode("Ủy ban").length);
    expect(decodeUtf8(view)).toBe("Ủy ban");
    expect(decodeUtf8Strictly(view)).toBe("Ủy ban");
  });

  it("reads a large Vietnamese text as TextDecoder does (the size Node keeps outside the heap)", () => {
    const text = "Thăm và tặng quà 23 hội nghị tại 10 phường\tỦy ban nhân dân\n".repeat(40_000);
    const bytes = encode(`\ufeff${text}`);
    expect(decodeUtf8Strictly(bytes)).toBe(text);
    expect(decodeUtf8(bytes)).toBe(text);
  });

  it("agrees with TextDecoder on 5,000 random byte strings, mostly Vietnamese with stray bytes", () => {
    const next = random(2026);
    const pieces = ["ư", "ờ", "Đ", "ệ", "a", " ", "\t", "\n", "😀", "\ufeff"].map(encode);
    for (let n = 0; n < 5000; n++) {
      const parts: number[] = [];
      const length = Math.floor(next() * 24);
      for (let i = 0; i < length; i++) {
        if (next() < 0.1) parts.push(Math.floor(next() * 256));
        else parts.push(...(pieces[Math.floor(next() * pieces.length)] as Uint8Array));
      }
      const bytes = new Uint8Array(parts);
      expect(decodeUtf8(bytes)).toBe(lenient(bytes));
      expect(decodeUtf8Strictly(bytes)).toBe(strict(bytes));
    }
  });
});
