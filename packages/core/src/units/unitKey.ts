import { canonicalizeToneMarks } from "../text/canonicalizeToneMarks";
import { foldForSearch } from "../text/foldForSearch";
import { normalizeText } from "../text/normalizeText";

const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";
const PHONG_PHUONG = new RegExp(`${BEFORE}(?:(?:phòng|phường)${AFTER}|p\\.)`, "gu");

/**
 * The key a unit name is matched by. Two spellings of one unit get the same key:
 * NFC, entities decoded, case-insensitive, tone marks placed one way
 * (hòa/hoà, thủy/thuỷ), "y" read as "i" (hi vọng/hy vọng), "P." / "Phòng" / "phường"
 * all read as "p", dots dropped ("TT.VH-TT&TT" = "TTVH-TT&TT"), hyphens and
 * punctuation read as spaces, "&" without spaces, and a trailing "quận" ignored.
 *
 * @example
 * ```ts
 * import { unitKey } from "@kehoach/core";
 *
 * unitKey("P. Văn hoá & TT quận") === unitKey("Phòng Văn hóa&TT"); // true
 * ```
 */
export function unitKey(text: string): string {
  let key = canonicalizeToneMarks(normalizeText(text)).toLowerCase();
  key = key.replace(PHONG_PHUONG, "p ");
  key = key
    .replace(/\./g, "")
    .replace(/\s*&\s*/g, "&")
    .replace(/[-–—,;:()"“”'‘’/]+/g, " ");
  key = key.normalize("NFD").replace(/y/g, "i").normalize("NFC");
  key = key.replace(/\s+/g, " ").trim();
  while (key.endsWith(" quận")) key = key.slice(0, -" quận".length);
  return key;
}

/** A looser key: {@link unitKey} with every accent removed, for text typed without a Vietnamese keyboard. */
export function looseUnitKey(text: string): string {
  return foldForSearch(unitKey(text)).replace(/(?<![a-z0-9])(?:phong|phuong)(?![a-z0-9])/g, "p");
}
