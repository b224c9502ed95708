import { z } from "zod";

/** An ISO timestamp with an explicit offset, e.g. "2024-10-10T08:00:00+07:00". */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** Who did something: the unit acting, and optionally the person. */
export const ActorSchema = z.object({ unit: z.string().min(1), person: z.string().optional() });
/** Who did something: the unit acting, and optionally the person (validated by {@link ActorSchema}). */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * The envelope of every lifecycle event the engine applies and the store keeps.
 * `payload` is validated per `type` by the lifecycle (see docs/lifecycle.md).
 */
export const PlanEventSchema = z.object({
  /** Unique id; applying the same id twice is a no-op. */
  id: z.string().min(1),
  /** Activity id (`Activity.id`). */
  activity: z.string().min(1),
  /** Ward id for a ward part's event, else absent. */
  ward: z.string().optional(),
  /** "START", "PROGRESS", "REPORT", "RETURN", "REWARD", "CANCEL", "EXTEND", or a plugin's own. */
  type: z.string().min(1),
  by: ActorSchema,
  at: IsoDateTimeSchema,
  payload: z.record(z.string(), z.unknown()).default({}),
  /** The lifecycle machine version the event was made against. */
  machineVersion: z.string().default("1"),
});
/** The envelope of every lifecycle event the engine applies and the store keeps (validated by {@link PlanEventSchema}). */
export type PlanEvent = z.infer<typeof PlanEventSchema>;
/** What {@link PlanEventSchema} accepts (before defaults are filled in): the envelope of every lifecycle event the engine applies and the store keeps. */
export type PlanEventInput = z.input<typeof PlanEventSchema>;
