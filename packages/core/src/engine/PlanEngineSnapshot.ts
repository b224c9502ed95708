import { z } from "zod";
import { LifecycleContextSchema } from "../lifecycle/LifecycleContext";
import { PlanEventSchema } from "../model/Event";

/** One machine's persisted state: its status (state value) and context. */
export const MachineSnapshotJsonSchema = z.object({
  status: z.string().min(1),
  context: LifecycleContextSchema,
});
/** One machine's persisted state: its status (state value) and context (validated by {@link MachineSnapshotJsonSchema}). */
export type MachineSnapshotJson = z.infer<typeof MachineSnapshotJsonSchema>;

/**
 * The JSON an engine snapshot is (docs/lifecycle.md): the accepted event log
 * (so time travel and migrations work after a restore) and every machine
 * that has left its initial state, keyed by activity id and ward id.
 */
export const PlanEngineSnapshotSchema = z.object({
  format: z.literal("kehoach.engine-snapshot"),
  formatVersion: z.literal(1),
  planId: z.string().min(1),
  machineVersion: z.string().min(1),
  wardPartMachineVersion: z.string().min(1),
  eventCount: z.number().int().nonnegative(),
  lastEventAt: z.string().nullable(),
  events: z.array(PlanEventSchema),
  activities: z.record(z.string(), MachineSnapshotJsonSchema),
  wardParts: z.record(z.string(), z.record(z.string(), MachineSnapshotJsonSchema)),
});
/** The JSON an engine snapshot is (docs/lifecycle.md): the accepted event log (so time travel and migrations work after a restore) and every machine that has left its initial state, keyed by activity id and ward id (validated by {@link PlanEngineSnapshotSchema}). */
export type PlanEngineSnapshot = z.infer<typeof PlanEngineSnapshotSchema>;
