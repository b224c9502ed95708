import { z } from "zod";
import type { Configuration } from "./engine/Configuration";
import { VocabularyOptionSchema } from "./PeriodVocabulary";

const DateLikeSchema = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}/, "YYYY-MM-DD"), z.date()]);

/** Options of `parsePeriod` and `findPeriods`. */
export const ParsePeriodOptionsSchema = z
  .object({
    /** Fills a missing year ("tháng 8" → August of this year). */
    year: z.number().int().min(1800).max(2199).optional(),
    /** Fills a missing year from this date (used when `year` is absent). */
    referenceDate: DateLikeSchema.optional(),
    /**
     * The issue date of the document the phrase comes from (a plan's "ngày ban hành"). Resolves
     * "100 ngày kể từ ngày ban hành Kế hoạch" (deadline = this date + 100 days) and, when `year`
     * and `referenceDate` are absent, fills a missing year.
     */
    documentDate: DateLikeSchema.optional(),
    /** The anniversary date; lets "dịp kỷ niệm …" resolve. */
    anniversary: DateLikeSchema.optional(),
    /** Extra time words from plugins: one vocabulary, or a list of vocabularies and core `periodVocabulary` words. */
    vocabulary: VocabularyOptionSchema.optional(),
    /** A configuration from `createConfiguration()`, possibly extended with your own parsers and refiners. */
    configuration: z
      .custom<Configuration>(
        (v) =>
          typeof v === "object" &&
          v !== null &&
          Array.isArray((v as Configuration).parsers) &&
          Array.isArray((v as Configuration).refiners),
        "a Configuration from createConfiguration()",
      )
      .optional(),
  })
  .strict();

/** Options of `parsePeriod` and `findPeriods`. */
export type ParsePeriodOptions = z.input<typeof ParsePeriodOptionsSchema>;
