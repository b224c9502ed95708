import { type PlanEvent, PlanEventSchema } from "@kehoach/core";
import { z } from "zod";
import { normalizeText } from "./normalizeText";
import { planAppend } from "./planAppend";
import { rowToStoredEvent } from "./rowToStoredEvent";
import type { ReadEventsOptions, Store, StoredEvent } from "./Store";
import { type StoreContext, StoreIdSchema } from "./StoreContext";
import { StoreError } from "./StoreError";
import { validateInput } from "./validateInput";
import { verifyChain } from "./verify/verifyChain";

const AppendInputSchema = z.object({
  plan: StoreIdSchema,
  activity: StoreIdSchema,
  events: z.array(PlanEventSchema).min(1).max(100_000),
  expectedVersion: z
    .union([z.number().int().nonnegative(), z.enum(["any", "no-stream", "stream-exists"])])
    .default("any"),
  planVersion: z.number().int().positive().optional(),
});
const ReadEventsOptionsSchema = z.object({
  plan: StoreIdSchema.optional(),
  activity: StoreIdSchema.optional(),
  afterPosition: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().optional(),
  batchSize: z.number().int().positive().max(100_000).default(5000),
});

/** The event log's operations of a store. */
export type StoreEvents = Pick<
  Store,
  "append" | "streamVersion" | "headPosition" | "readEvents" | "readEventBatches" | "verify"
>;

/**
 * The store's event log: validated, NFC-normalised appends (planned purely by
 * `planAppend` under the adapter's write lock), reads and the chain check.
 * `afterAppend` runs after each append that wrote events (the snapshot policy).
 */
export function storeEvents(
  ctx: StoreContext,
  afterAppend: (plan: string, appended: number) => Promise<void>,
): StoreEvents {
  const { backend } = ctx;
  return {
    async append(input) {
      ctx.assertOpen();
      const a = validateInput(AppendInputSchema, input, "append");
      const plan = a.plan.normalize("NFC");
      const activity = a.activity.normalize("NFC");
      const events: PlanEvent[] = a.events.map((event) => normalizeText(event));
      const ids = checkBatch(events, activity, a.activity);
      const request = {
        plan,
        activity,
        events,
        expectedVersion: a.expectedVersion,
        planVersion: a.planVersion,
        recordedAt: ctx.now().toISOString(),
      };
      const { result } = await backend.append({ plan, activity, ids }, (state) => planAppend(state, request));
      await afterAppend(plan, result.appended);
      return result;
    },
    async streamVersion(plan, activity) {
      ctx.assertOpen();
      return backend.streamVersion(
        validateInput(StoreIdSchema, plan, "plan id").normalize("NFC"),
        validateInput(StoreIdSchema, activity, "activity id").normalize("NFC"),
      );
    },
    async headPosition() {
      ctx.assertOpen();
      return (await backend.head()).position;
    },
    async *readEvents(options) {
      for await (const batch of readStoredBatches(ctx, options)) yield* batch;
    },
    readEventBatches: (options) => readStoredBatches(ctx, options),
    async verify() {
      ctx.assertOpen();
      const head = await backend.head();
      return verifyChain(backend.readEvents({ afterPosition: 0 }, 5000), head);
    },
  };
}

/** Reads stored events in global order, a batch at a time (validated options; by activity needs a plan). */
export async function* readStoredBatches(
  ctx: StoreContext,
  options: ReadEventsOptions = {},
): AsyncIterable<StoredEvent[]> {
  ctx.assertOpen();
  const o = validateInput(ReadEventsOptionsSchema, options, "readEvents");
  if (o.activity !== undefined && o.plan === undefined) {
    throw new StoreError("store.bad-input", {
      vi: "đọc theo hoạt động cần có mã kế hoạch",
      en: "reading by activity needs a plan id",
    });
  }
  const filter = { plan: o.plan, activity: o.activity, afterPosition: o.afterPosition, limit: o.limit };
  for await (const rows of ctx.backend.readEvents(filter, o.batchSize)) yield rows.map(rowToStoredEvent);
}

/** Checks that every event of a batch belongs to `activity` and that no id repeats; answers the ids. */
function checkBatch(events: readonly PlanEvent[], activity: string, asGiven: string): string[] {
  const ids = new Set<string>();
  for (const [index, event] of events.entries()) {
    if (event.activity !== activity) {
      throw new StoreError(
        "store.bad-input",
        {
          vi: `sự kiện ${index + 1} ("${event.id}") thuộc hoạt động "${event.activity}", không phải "${asGiven}"`,
          en: `event ${index + 1} ("${event.id}") belongs to activity "${event.activity}", not "${asGiven}"`,
        },
        { index, eventId: event.id },
      );
    }
    if (ids.has(event.id)) {
      throw new StoreError(
        "store.bad-input",
        {
          vi: `mã sự kiện "${event.id}" lặp lại trong lô`,
          en: `event id "${event.id}" repeats in the batch`,
        },
        { index, eventId: event.id },
      );
    }
    ids.add(event.id);
  }
  return [...ids];
}
