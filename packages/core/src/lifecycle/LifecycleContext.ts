import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { DocumentRefSchema } from "../model/DocumentRef";
import { ActorSchema, IsoDateTimeSchema } from "../model/Event";
import { LevelResultSchema, RecipientSchema } from "./eventPayloads";

const entry = { id: z.string(), at: IsoDateTimeSchema, by: ActorSchema };

/** A PROGRESS entry as recorded. */
export const ProgressEntrySchema = z.object({
  ...entry,
  note: z.string().nullable(),
  percent: z.number().nullable(),
  difficulties: z.array(z.string()),
  proposals: z.array(z.string()),
});
/** A PROGRESS entry as recorded (validated by {@link ProgressEntrySchema}). */
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;

/** A REPORT entry as recorded. */
export const ReportEntrySchema = z.object({
  ...entry,
  results: z.object({
    district: LevelResultSchema.optional(),
    ward: LevelResultSchema.optional(),
    city: LevelResultSchema.optional(),
  }),
  missingWards: z.array(z.string()),
  difficulties: z.array(z.string()),
  proposals: z.array(z.string()),
});
/** A REPORT entry as recorded (validated by {@link ReportEntrySchema}). */
export type ReportEntry = z.infer<typeof ReportEntrySchema>;

/** A RETURN or CANCEL entry. */
export const ReasonEntrySchema = z.object({ ...entry, reason: z.string() });
/** A RETURN or CANCEL entry (validated by {@link ReasonEntrySchema}). */
export type ReasonEntry = z.infer<typeof ReasonEntrySchema>;

/** An EXTEND entry: the deadline it replaced and the new one. */
export const ExtensionEntrySchema = z.object({
  ...entry,
  previous: IsoDateSchema.nullable(),
  deadline: IsoDateSchema,
  reason: z.string(),
  decision: DocumentRefSchema.nullable(),
});
/** An EXTEND entry: the deadline it replaced and the new one (validated by {@link ExtensionEntrySchema}). */
export type ExtensionEntry = z.infer<typeof ExtensionEntrySchema>;

/** The REWARD entry. */
export const RewardEntrySchema = z.object({
  ...entry,
  decision: DocumentRefSchema,
  form: z.string(),
  recipients: z.array(RecipientSchema),
});
/** The REWARD entry (validated by {@link RewardEntrySchema}). */
export type RewardEntry = z.infer<typeof RewardEntrySchema>;

/** A plugin step entry. */
export const StepEntrySchema = z.object({ ...entry, note: z.string().nullable() });
/** A plugin step entry (validated by {@link StepEntrySchema}). */
export type StepEntry = z.infer<typeof StepEntrySchema>;

/**
 * What a lifecycle machine (activity or ward part) remembers: plain JSON,
 * everything a report needs, nothing derived from the as-of date.
 */
export const LifecycleContextSchema = z.object({
  /** Epoch milliseconds of the last accepted event (events may not go back in time). */
  lastAt: z.number().nullable(),
  startedAt: IsoDateTimeSchema.nullable(),
  /** The REPORT that put the machine in `reported` (cleared by RETURN). */
  reportedAt: IsoDateTimeSchema.nullable(),
  rewardedAt: IsoDateTimeSchema.nullable(),
  cancelledAt: IsoDateTimeSchema.nullable(),
  /** Latest percent from PROGRESS. */
  percent: z.number().nullable(),
  /** Latest achieved quantity per target index (PROGRESS and REPORT; the latest wins). */
  achieved: z.record(z.string(), z.number()),
  progress: z.array(ProgressEntrySchema),
  reports: z.array(ReportEntrySchema),
  returns: z.array(ReasonEntrySchema),
  extensions: z.array(ExtensionEntrySchema),
  reward: RewardEntrySchema.nullable(),
  cancellation: ReasonEntrySchema.nullable(),
  steps: z.record(z.string(), StepEntrySchema),
});
/** What a lifecycle machine (activity or ward part) remembers: plain JSON, everything a report needs, nothing derived from the as-of date (validated by {@link LifecycleContextSchema}). */
export type LifecycleContext = z.infer<typeof LifecycleContextSchema>;

/** The context of every machine before its first event (shared, frozen). */
export const initialLifecycleContext: LifecycleContext = Object.freeze({
  lastAt: null,
  startedAt: null,
  reportedAt: null,
  rewardedAt: null,
  cancelledAt: null,
  percent: null,
  achieved: Object.freeze({}) as Record<string, number>,
  progress: Object.freeze([]) as unknown as ProgressEntry[],
  reports: Object.freeze([]) as unknown as ReportEntry[],
  returns: Object.freeze([]) as unknown as ReasonEntry[],
  extensions: Object.freeze([]) as unknown as ExtensionEntry[],
  reward: null,
  cancellation: null,
  steps: Object.freeze({}) as Record<string, StepEntry>,
});
