import type { PageWord } from "./PageLayout";

/**
 * Characters that Vietnamese text never holds, and that a font without a
 * usable ToUnicode map produces: C0/C1 controls, U+FFFD, the private use
 * area, and scripts other than Latin (glyph ids read as code points land
 * anywhere). Latin, Latin Extended Additional (ạ ả ấ …), combining marks,
 * punctuation, currency, arrows, maths and geometric shapes are fine.
 */
const FOREIGN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x0250, 0x02ff],
  [0x0370, 0x1dff],
  [0x2c00, 0x2dff],
  [0x2e80, 0xd7ff],
  [0xe000, 0xf8ff],
  [0xfb00, 0xfe1f],
  [0xfe30, 0xfffd],
];

function isForeign(code: number): boolean {
  return FOREIGN_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The share of non-space characters of the words that no Vietnamese text would hold. */
export function foreignShare(words: readonly PageWord[]): { share: number; characters: number } {
  let characters = 0;
  let foreign = 0;
  for (const word of words) {
    for (const char of word.text) {
      if (/\s/u.test(char)) continue;
      characters++;
      if (isForeign(char.codePointAt(0)!)) foreign++;
    }
  }
  return { share: characters === 0 ? 0 : foreign / characters, characters };
}

/** A page whose text is more than this share of foreign characters is garbled. */
export const GARBLED_SHARE = 0.2;

/** Whether a page's text layer decodes to garbage (a font without a usable ToUnicode map). */
export function isGarbled(words: readonly PageWord[]): boolean {
  const { share, characters } = foreignShare(words);
  return characters >= 8 && share > GARBLED_SHARE;
}
