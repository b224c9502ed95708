import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { DocumentRefSchema } from "../model/DocumentRef";

const text = z
  .string()
  .transform((s) => s.normalize("NFC").trim())
  .pipe(z.string().min(1));

/** An achieved quantity against one of the activity's targets (`target` indexes `Activity.targets`). */
export const AchievedQuantitySchema = z.object({
  target: z.number().int().nonnegative(),
  quantity: z.number().nonnegative(),
});
/** An achieved quantity against one of the activity's targets (`target` indexes `Activity.targets`) (validated by {@link AchievedQuantitySchema}). */
export type AchievedQuantity = z.infer<typeof AchievedQuantitySchema>;

/** START: optional note. */
export const StartPayloadSchema = z.object({ note: text.optional() });

/** PROGRESS: a note, a percent, achieved quantities, difficulties (khó khăn, vướng mắc) and proposals (đề xuất, kiến nghị). */
export const ProgressPayloadSchema = z.object({
  note: text.optional(),
  percent: z.number().min(0).max(100).optional(),
  achieved: z.array(AchievedQuantitySchema).optional(),
  difficulties: z.array(text).optional(),
  proposals: z.array(text).optional(),
});
/** PROGRESS: a note, a percent, achieved quantities, difficulties (khó khăn, vướng mắc) and proposals (đề xuất, kiến nghị) (validated by {@link ProgressPayloadSchema}). */
export type ProgressPayload = z.infer<typeof ProgressPayloadSchema>;

/** Results at one level of a REPORT. */
export const LevelResultSchema = z.object({
  text,
  achieved: z.array(AchievedQuantitySchema).optional(),
  evidence: z.array(z.url()).optional(),
});
/** Results at one level of a REPORT (validated by {@link LevelResultSchema}). */
export type LevelResult = z.infer<typeof LevelResultSchema>;

/** REPORT: results per level (at least one), and the wards knowingly missing. */
export const ReportPayloadSchema = z.object({
  results: z
    .object({
      district: LevelResultSchema.optional(),
      ward: LevelResultSchema.optional(),
      city: LevelResultSchema.optional(),
    })
    .refine((r) => r.district !== undefined || r.ward !== undefined || r.city !== undefined, {
      message: "at least one level",
      params: { vi: "cần kết quả của ít nhất một cấp" },
    }),
  missingWards: z.array(z.string().min(1)).optional(),
  difficulties: z.array(text).optional(),
  proposals: z.array(text).optional(),
});
/** REPORT: results per level (at least one), and the wards knowingly missing (validated by {@link ReportPayloadSchema}). */
export type ReportPayload = z.infer<typeof ReportPayloadSchema>;

/** A reward recipient: a collective (tập thể) or an individual (cá nhân), with the unit. */
export const RecipientSchema = z.object({
  kind: z.enum(["collective", "individual"]),
  name: text,
  unit: z.string().min(1).optional(),
});
/** A reward recipient: a collective (tập thể) or an individual (cá nhân), with the unit (validated by {@link RecipientSchema}). */
export type Recipient = z.infer<typeof RecipientSchema>;

/** REWARD: the decision, the form ("Giấy khen", "Bằng khen", …) and the recipients. */
export const RewardPayloadSchema = z.object({
  decision: DocumentRefSchema,
  form: text,
  recipients: z.array(RecipientSchema).min(1),
});
/** REWARD: the decision, the form ("Giấy khen", "Bằng khen", …) and the recipients (validated by {@link RewardPayloadSchema}). */
export type RewardPayload = z.infer<typeof RewardPayloadSchema>;

/** RETURN and CANCEL: a reason. */
export const ReasonPayloadSchema = z.object({ reason: text });
/** RETURN and CANCEL: a reason (validated by {@link ReasonPayloadSchema}). */
export type ReasonPayload = z.infer<typeof ReasonPayloadSchema>;

/** EXTEND (gia hạn): the new deadline, the reason and, when required, the decision. */
export const ExtendPayloadSchema = z.object({
  deadline: IsoDateSchema,
  reason: text,
  decision: DocumentRefSchema.optional(),
});
/** EXTEND (gia hạn): the new deadline, the reason and, when required, the decision (validated by {@link ExtendPayloadSchema}). */
export type ExtendPayload = z.infer<typeof ExtendPayloadSchema>;

/** A plugin step's event: an optional note. */
export const StepPayloadSchema = z.object({ note: text.optional() });

/** The payload schema of each core event type. */
export const eventPayloadSchemas = {
  START: StartPayloadSchema,
  PROGRESS: ProgressPayloadSchema,
  REPORT: ReportPayloadSchema,
  REWARD: RewardPayloadSchema,
  RETURN: ReasonPayloadSchema,
  CANCEL: ReasonPayloadSchema,
  EXTEND: ExtendPayloadSchema,
} as const;

/** A core lifecycle event type. */
export type CoreEventType = keyof typeof eventPayloadSchemas;

/** The core event types, in lifecycle order. */
export const coreEventTypes: readonly CoreEventType[] = [
  "START",
  "PROGRESS",
  "REPORT",
  "RETURN",
  "REWARD",
  "CANCEL",
  "EXTEND",
];
