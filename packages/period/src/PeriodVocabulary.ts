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

/**
 * One named day in the shape `@kehoach/core` plugins declare (`periodVocabulary` entries):
 * `{ text, aliases?, month, day, lunar?, days? }`. Pass core's merged list as `vocabulary` directly.
 */
export const PeriodWordSchema = z.object({
  text: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  lunar: z.boolean().default(false),
  days: z.number().int().min(1).max(366).default(1),
});
/** A named day in core's plugin shape. */
export type PeriodWord = z.input<typeof PeriodWordSchema>;

/** What the `vocabulary` option takes: one vocabulary, or a list of vocabularies and core-style words. */
export const VocabularyOptionSchema = z.union([
  PeriodVocabularySchema,
  z.array(z.union([PeriodWordSchema, PeriodVocabularySchema])),
]);
/** What the `vocabulary` option takes. */
export type VocabularyOption = z.input<typeof VocabularyOptionSchema>;
