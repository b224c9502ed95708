import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod";

describe("parsePeriod: NFC normalisation", () => {
  const composed = "Từ tháng 4–10/2024, hoàn thành trước Quý IV";

  it("reads decomposed (NFD) text like its composed form and returns the NFC text", () => {
    const nfd = composed.normalize("NFD");
    expect(nfd).not.toBe(composed);
    const a = parsePeriod(composed, { year: 2024 });
    const b = parsePeriod(nfd, { year: 2024 });
    expect(b.text).toBe(composed);
    expect(b.start).toBe(a.start);
    expect(b.end).toBe(a.end);
    expect(b.kind).toBe(a.kind);
  });

  it("composes a combining mark that follows a precomposed Vietnamese letter", () => {
    // "ạ" (U+1EA1) + combining circumflex (U+0302) is "ậ" (U+1EAD) in NFC.
    const r = parsePeriod("Ng\u1ea1\u0302y 2/9/2024");
    expect(r.text).toBe("Ng\u1eady 2/9/2024");
  });

  it("normalises singleton spaces (U+2000 is U+2002 in NFC)", () => {
    const r = parsePeriod("tháng\u20009/2024");
    expect(r.text).toBe("tháng\u20029/2024");
    expect(r.start).toBe("2024-09-01");
    expect(r.end).toBe("2024-09-30");
  });

  it("keeps text that is already NFC unchanged", () => {
    expect(parsePeriod(composed).text).toBe(composed);
  });
});
