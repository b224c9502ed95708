const ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split(" ");
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, 100 + i]));
/** Traditional dictionary order of tones: ngang, huyền, hỏi, ngã, sắc, nặng. */
const TONE_RANK = new Map([
  ["\u0300", 1],
  ["\u0309", 2],
  ["\u0303", 3],
  ["\u0301", 4],
  ["\u0323", 5],
]);

interface SortKey {
  primary: number[];
  secondary: number[];
  tertiary: number[];
  quaternary: number[];
}

function sortKey(text: string): SortKey {
  const key: SortKey = { primary: [], secondary: [], tertiary: [], quaternary: [] };
  const nfd = text.normalize("NFD");
  const clusters = nfd.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
  for (const cluster of clusters) {
    const chars = [...cluster];
    const base = chars[0] ?? "";
    const marks = chars.slice(1);
    const lower = base.toLowerCase();
    const shapes = marks.filter((m) => !TONE_RANK.has(m)).join("");
    const tone = marks.reduce((t, m) => TONE_RANK.get(m) ?? t, 0);
    const letter = `${lower}${shapes}`.normalize("NFC");
    let primary: number;
    if (/\s/u.test(base)) primary = 1;
    else if (/[0-9]/.test(base)) primary = 10 + Number(base);
    else if (LETTER_RANK.has(letter)) primary = LETTER_RANK.get(letter) ?? 0;
    else if (/\p{L}/u.test(base)) primary = 1000 + (letter.codePointAt(0) ?? 0);
    else primary = 2;
    key.primary.push(primary);
    key.secondary.push(tone);
    key.tertiary.push(base === lower ? 0 : 1);
    key.quaternary.push(cluster.codePointAt(0) ?? 0);
  }
  return key;
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/**
 * Compares two strings in Vietnamese dictionary order — letters a ă â b c d đ e ê
 * g h i k l m n o ô ơ p q r s t u ư v x y first, then tones (ngang, huyền, hỏi,
 * ngã, sắc, nặng), then case (lower first) — the same order as
 * `Intl.Collator("vi")`, but deterministic in every runtime (no ICU data needed).
 * Usable directly as an `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * import { compareVietnamese } from "@kehoach/core";
 *
 * ["Đông", "Dương", "Anh", "Ấn"].sort(compareVietnamese); // ["Anh", "Ấn", "Dương", "Đông"]
 * ```
 */
export function compareVietnamese(a: string, b: string): number {
  const ka = sortKey(String(a));
  const kb = sortKey(String(b));
  return (
    compareArrays(ka.primary, kb.primary) ||
    compareArrays(ka.secondary, kb.secondary) ||
    compareArrays(ka.tertiary, kb.tertiary) ||
    compareArrays(ka.quaternary, kb.quaternary)
  );
}
