import { z } from "zod";

/** A named day a plugin adds ("Lễ hội đền Hai Bà Trưng" on the 6th of the 2nd lunar month). */
export const NamedDaySchema = z.object({
  /** Its names as written; matched accent- and case-insensitively. */
  names: z.array(z.string().trim().min(1)).min(1),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  /** The month and day are of the lunar calendar. */
  lunar: z.boolean().default(false),
  /** How many days it lasts, from that day (default 1). */
  days: z.number().int().min(1).max(366).default(1),
});
/** A named day as a plugin writes it. */
export type NamedDay = z.input<typeof NamedDaySchema>;

/**
 * Extra time words from a plugin: named days, relative markers ("theo lịch của Ban tổ chức")
 * and recurring markers ("mỗi dịp lễ"). Plugins pass it as `vocabulary` (core's `periodVocabulary`).
 */
export const PeriodVocabularySchema = z.object({
  namedDays: z.array(NamedDaySchema).default([]),
  relative: z
    .array(z.object({ words: z.array(z.string().trim().min(1)).min(1), to: z.string().min(1) }))
    .default([]),
  recurring: z.array(z.string().trim().min(1)).default([]),
});
/** Extra time words from a plugin (input form: every list optional). */
export type PeriodVocabulary = z.input<typeof PeriodVocabularySchema>;
