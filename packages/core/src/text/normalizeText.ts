import { z } from "zod";
import { decodeEntities } from "./decodeEntities";

/** Options of {@link normalizeText}. */
export const NormalizeTextOptionsSchema = z.object({
  /** Decode HTML character references (`&amp;` → `&`). Default true. */
  entities: z.boolean().default(true),
  /** Collapse runs of white space (tabs, no-break spaces, new lines) to one space and trim. Default true. */
  whitespace: z.boolean().default(true),
});
/** What {@link NormalizeTextOptionsSchema} accepts (before defaults are filled in): options of {@link normalizeText}. */
export type NormalizeTextOptions = z.input<typeof NormalizeTextOptionsSchema>;

/**
 * Normalises text the way every kehoach function reads it: Unicode NFC,
 * HTML character references decoded, white space collapsed and trimmed.
 * Never throws: non-string input gives "".
 *
 * @example
 * ```ts
 * import { normalizeText } from "@kehoach/core";
 *
 * normalizeText("  Phòng VH&amp;TT\u00a0quận "); // "Phòng VH&TT quận"
 * ```
 */
export function normalizeText(text: string, options: NormalizeTextOptions = {}): string {
  if (typeof text !== "string") return "";
  const opts = normalizeOptions(options);
  let out = text.normalize("NFC");
  if (opts.entities) out = decodeEntities(out).normalize("NFC");
  if (opts.whitespace) out = out.replace(/\s+/gu, " ").trim();
  return out;
}

/** The options with their defaults: plain booleans (the hot path: every cell goes through here) skip the schema run. */
function normalizeOptions(options: NormalizeTextOptions): { entities: boolean; whitespace: boolean } {
  if (typeof options === "object" && options !== null) {
    const { entities, whitespace } = options;
    if (
      (entities === undefined || typeof entities === "boolean") &&
      (whitespace === undefined || typeof whitespace === "boolean")
    )
      return { entities: entities ?? true, whitespace: whitespace ?? true };
  }
  const parsed = NormalizeTextOptionsSchema.safeParse(options);
  return parsed.success ? parsed.data : { entities: true, whitespace: true };
}
