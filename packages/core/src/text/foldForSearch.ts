import { z } from "zod";
import { normalizeText } from "./normalizeText";

/** Options of {@link foldForSearch}. */
export const FoldOptionsSchema = z.object({
  /** Also fold "y" into "i" (hi vọng / hy vọng, Thúy / Thúi never differ in search). Default false. */
  iy: z.boolean().default(false),
  /**
   * "ascii" (default) removes tones, vowel shapes and the bar of "đ", as users type
   * without a Vietnamese keyboard; "tones" removes tones only, which is exactly
   * `Intl.Collator("vi", { sensitivity: "base" })` (a ≠ ă ≠ â, d ≠ đ).
   */
  level: z.enum(["ascii", "tones"]).default("ascii"),
});
/** What {@link FoldOptionsSchema} accepts (before defaults are filled in): options of {@link foldForSearch}. */
export type FoldOptions = z.input<typeof FoldOptionsSchema>;

/**
 * Folds text for search: lower case, entities decoded, white space collapsed,
 * tone marks removed and — at the default level "ascii" — vowel shapes too and
 * "đ" → "d". At level "tones" two texts fold equal exactly when
 * `Intl.Collator("vi", { sensitivity: "base" })` calls them equal.
 * With `{ iy: true }`, "y" becomes "i" (hi vọng / hy vọng).
 *
 * @example foldForSearch("Phòng Văn hóa và Thông tin") // "phong van hoa va thong tin"
 */
export function foldForSearch(text: string, options: FoldOptions = {}): string {
  const { iy, level } = foldOptions(options);
  let out = normalizeText(text).toLowerCase().normalize("NFD");
  out =
    level === "ascii"
      ? out.replace(/\p{M}/gu, "").replace(/đ/g, "d")
      : out.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "");
  out = out.normalize("NFC");
  if (iy) out = out.replace(/y/g, "i");
  return out;
}

/** The options with their defaults: well-typed options (the hot path) skip the schema run. */
function foldOptions(options: FoldOptions): { iy: boolean; level: "ascii" | "tones" } {
  if (typeof options === "object" && options !== null) {
    const { iy, level } = options;
    if (
      (iy === undefined || typeof iy === "boolean") &&
      (level === undefined || level === "ascii" || level === "tones")
    )
      return { iy: iy ?? false, level: level ?? "ascii" };
  }
  return FoldOptionsSchema.safeParse(options).data ?? { iy: false, level: "ascii" };
}
