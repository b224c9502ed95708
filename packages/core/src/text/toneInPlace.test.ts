import { describe, expect, it } from "vitest";
import { canonicalizeToneMarks } from "./canonicalizeToneMarks";
import { isToneInPlace } from "./toneInPlace";

/** The full path's answer for one word: a character past the Latin table ("“") makes every word take it. */
function placedByFullPath(word: string): string {
  return canonicalizeToneMarks(`${word}“`).slice(0, -1);
}

const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const LETTERS = [..."aăâeêioôơuưyAĂÂEÊIOÔƠUƯYbcdđghklmnpqrstvxQGĐ"]
  .flatMap((base) => TONE_MARKS.map((tone) => (base + tone).normalize("NFC")))
  .concat([..."öüñçéÿǘ"]);

describe("isToneInPlace", () => {
  it("says a word is in place only when the full path leaves it as it is", () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let inPlace = 0;
    for (let k = 0; k < 50_000; k++) {
      let word = "";
      for (let j = 1 + next(6); j > 0; j--) word += LETTERS[next(LETTERS.length)];
      word = word.normalize("NFC");
      if (!/^\p{L}+$/u.test(word) || !isToneInPlace(word, 0, word.length)) continue;
      inPlace++;
      expect(placedByFullPath(word), word).toBe(word);
    }
    expect(inPlace).toBeGreaterThan(10_000);
  });
  it.each(["hoà", "thuỷ", "hòang", "qùa"])("leaves %s to the full path", (word) => {
    expect(isToneInPlace(word, 0, word.length)).toBe(false);
    expect(placedByFullPath(word)).not.toBe(word);
  });
});
