import { z } from "zod";

/** Character range `[start, end)` in a text (UTF-16 offsets, as JavaScript strings count). */
export const TextRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
/** Character range `[start, end)` in a text (UTF-16 offsets, as JavaScript strings count) (validated by {@link TextRangeSchema}). */
export type TextRange = z.infer<typeof TextRangeSchema>;
