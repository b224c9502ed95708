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
 * @example
 * ```ts
 * import { foldForSearch } from "@kehoach/core";
 *
 * foldForSearch("Phòng Văn hóa và Thông tin"); // "phong van hoa va thong tin"
 * ```
 */
export function foldForSearch(text: string, options: FoldOptions = {}): string {
  const { iy, level } = foldOptions(options);
  if (level === "ascii" && typeof text === "string") {
    const fast = foldLatin(text);
    if (fast !== null) return iy ? fast.replace(/y/g, "i") : fast;
  }
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

/** Marks a white space character in {@link latinFolds}. */
const SPACE = 1;
/** Where the fast path's table ends: Latin, Latin-1, Latin Extended-A/B (to U+024F), Latin Extended Additional (U+1E00–U+1EFF). */
const TABLE_END = 0x1f00;
let latinFolds: (string | typeof SPACE | undefined)[] | null = null;

/**
 * Each character's fold at level "ascii" (lower case, marks removed, "đ" → "d"),
 * SPACE for white space, undefined where the full path must run: characters
 * outside the Latin blocks, not in NFC, "&" (it may start an entity), and any
 * whose fold is empty or holds white space. Computed once, with the full path's
 * own steps, so the two agree character by character.
 */
function latinFoldTable(): (string | typeof SPACE | undefined)[] {
  const table: (string | typeof SPACE | undefined)[] = new Array(TABLE_END);
  for (let code = 0; code < TABLE_END; code++) {
    if ((code >= 0x250 && code < 0x1e00) || code === 0x26) continue;
    const ch = String.fromCharCode(code);
    if (/\s/u.test(ch)) {
      table[code] = SPACE;
      continue;
    }
    if (ch.normalize("NFC") !== ch) continue;
    const folded = ch
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .normalize("NFC");
    if (folded !== "" && !/\s/u.test(folded)) table[code] = folded;
  }
  return table;
}

/**
 * {@link foldForSearch} at level "ascii" without "y" → "i", in one pass over a
 * text of Latin letters (every Vietnamese one), digits, punctuation and white
 * space, the same as the full path gives (white space collapsed and trimmed;
 * within the Latin blocks lower-casing and decomposition work character by
 * character); null for any other text, which takes the full path.
 */
function foldLatin(text: string): string | null {
  latinFolds ??= latinFoldTable();
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < TABLE_END ? latinFolds[code] : undefined;
    if (folded === undefined) return null;
    if (folded === SPACE) {
      space = out !== "";
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += folded;
  }
  return out;
}
