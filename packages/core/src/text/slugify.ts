import { foldForSearch } from "./foldForSearch";

/**
 * Makes a stable kebab-case id from Vietnamese text: folded to ASCII, every run
 * of other characters turned into one "-". Returns "" when nothing is left.
 *
 * @example
 * ```ts
 * import { slugify } from "@kehoach/core";
 *
 * slugify("Phòng Lao động - Thương binh và Xã hội"); // "phong-lao-dong-thuong-binh-va-xa-hoi"
 * ```
 */
export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
