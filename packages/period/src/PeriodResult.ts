import { z } from "zod";

/** A real calendar date as `YYYY-MM-DD` (2024-02-29 yes; 2023-02-29, 2024-02-30 and 2024-13-45 no). */
export const IsoDateSchema = z.iso.date();

/** How a phrase was read. */
export const PeriodKindSchema = z.enum([
  "span",
  "deadline",
  "milestones",
  "relative",
  "recurring",
  "unknown",
]);
/** How a phrase was read (validated by {@link PeriodKindSchema}). */
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

/** Level of a labelled part ("Cấp quận" → district, "cấp Thành phố" → city, "cấp cơ sở"/"cấp phường" → ward). */
export const MilestoneLevelSchema = z.enum(["district", "ward", "city", "national"]).nullable();

/** A problem found while reading a phrase, in Vietnamese and English, located by character offsets. */
export const PeriodDiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  vi: z.string(),
  en: z.string(),
  /** Character offsets `[start, end)` in the input text. */
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable(),
  /**
   * For an invalid argument (`invalid-options`, `invalid-input`): the JSON path of the bad value in it,
   * e.g. `["vocabulary", "namedDays", 0, "month"]` (present only then; additive).
   */
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
/** A problem found while reading a phrase, in Vietnamese and English, located by character offsets (validated by {@link PeriodDiagnosticSchema}). */
export type PeriodDiagnostic = z.infer<typeof PeriodDiagnosticSchema>;

/** One labelled part of a multi-part time cell. */
export const MilestoneSchema = z.object({
  label: z.string(),
  level: MilestoneLevelSchema,
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  deadline: IsoDateSchema.nullable(),
});
/** One labelled part of a multi-part time cell (validated by {@link MilestoneSchema}). */
export type Milestone = z.infer<typeof MilestoneSchema>;

/**
 * What a `relative` phrase is tied to: `to` (what it depends on) and the words that say so; for an
 * offset from a document ("100 ngày kể từ ngày ban hành Kế hoạch") also the offset and its anchor.
 */
export const RelativeSchema = z.object({
  to: z.string(),
  text: z.string(),
  /** "100 ngày", "30 ngày làm việc", "06 tháng": how far from the anchor (present only for offsets). */
  offset: z
    .object({
      amount: z.number().int().nonnegative(),
      unit: z.enum(["day", "workingDay", "week", "month", "year"]),
      /** "sau N ngày …": the offset is where something starts; else where it must end (a deadline). */
      after: z.boolean(),
    })
    .optional(),
  /** What the offset counts from: `issue` (ngày ban hành), `signature` (ngày ký), `receipt` (ngày nhận), `effect` (ngày có hiệu lực), `event`. */
  anchor: z.string().optional(),
});
export type Relative = z.infer<typeof RelativeSchema>;

/** The time of day a phrase states ("7h30 ngày 20/11", "Tối 30/4", "từ 19h30 …"); the day is unchanged. */
export const TimeOfDaySchema = z.object({
  /** "HH:MM" as written ("7h30" → "07:30", "14 giờ" → "14:00"), or null when only a part of the day is given. */
  start: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  /** The end of a time range ("từ 7h30 đến 11h00" → "11:00"), or null. */
  end: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  /** The part of the day: `morning` (sáng), `noon` (trưa), `afternoon` (chiều), `evening` (tối), `night` (đêm, khuya). */
  part: z.enum(["morning", "noon", "afternoon", "evening", "night"]).nullable(),
  /** The words that state it. */
  text: z.string(),
});
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/** The rhythm of a recurring phrase ("Hằng năm", "Định kỳ hằng quý", "Hằng tuần vào thứ Hai"). */
export const RecurrenceSchema = z.object({
  rhythm: z.enum(["daily", "weekly", "monthly", "quarterly", "yearly", "regular"]),
  /** The words that state it. */
  text: z.string(),
  /** ISO weekday (1 Monday … 7 Sunday) of a weekly rhythm, or null. */
  weekday: z.number().int().min(1).max(7).nullable(),
});
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** The result of reading one Vietnamese time expression. Dates are inclusive. */
export const PeriodResultSchema = z.object({
  text: z.string(),
  kind: PeriodKindSchema,
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  deadline: IsoDateSchema.nullable(),
  peak: z.object({ start: IsoDateSchema, end: IsoDateSchema }).nullable(),
  milestones: z.array(MilestoneSchema),
  lunar: z.boolean(),
  relative: RelativeSchema.nullable(),
  diagnostics: z.array(PeriodDiagnosticSchema),
  /** The time of day, when the phrase states one (present only then; additive). */
  time: TimeOfDaySchema.optional(),
  /** The rhythm of a `recurring` phrase (present only then; additive). */
  recurrence: RecurrenceSchema.optional(),
});
/** The result of reading one Vietnamese time expression (validated by {@link PeriodResultSchema}). */
export type PeriodResult = z.infer<typeof PeriodResultSchema>;
