import { describe, expect, it } from "vitest";
import { detectLegacyEncoding, mayHoldLegacyEncoding } from "../src/encoding/legacyEncodings";

describe("mayHoldLegacyEncoding (the whole-file test before the per-line detection)", () => {
  it("is true wherever detectLegacyEncoding finds TCVN3 or VNI", () => {
    expect(mayHoldLegacyEncoding("KÕ ho¹ch tæ chøc c¸c ho¹t ®éng")).toBe(true);
    expect(mayHoldLegacyEncoding("Keá hoaïch toå chöùc caùc hoaït ñoäng")).toBe(true);
    // Every pair of characters up to U+00FF, and the Vietnamese letters, written twice.
    const chars = Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code));
    chars.push(..."ăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ");
    let detected = 0;
    for (const a of chars)
      for (const b of chars) {
        const text = `${a}${b} ${a}${b}`;
        if (detectLegacyEncoding(text).encoding === null) continue;
        detected++;
        if (!mayHoldLegacyEncoding(text)) expect.fail(`missed ${JSON.stringify(text)}`);
      }
    expect(detected).toBeGreaterThan(1000);
  });

  it("is false for Unicode Vietnamese and ASCII", () => {
    expect(mayHoldLegacyEncoding("Kế hoạch tổ chức các hoạt động kỷ niệm 70 năm; Phòng VH&TT")).toBe(false);
    expect(mayHoldLegacyEncoding("Quý III-IV/2024\tThường xuyên\n")).toBe(false);
  });
});
