import { type PlanEvent, PlanEventSchema } from "@kehoach/core";
import { z } from "zod";
import type { AppendItem } from "./backend/Backend";
import { normalizeText } from "./normalizeText";
import type { AppendRequest } from "./planAppend";
import { rowToStoredEvent } from "./rowToStoredEvent";
import type { AppendInput, AppendOutcome, LogChange, ReadEventsOptions, Store, StoredEvent } from "./Store";
import { type StoreContext, StoreIdSchema } from "./StoreContext";
import { isStoreError, StoreError } from "./StoreError";
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
  "append" | "appendMany" | "streamVersion" | "headPosition" | "readEvents" | "readEventBatches" | "verify"
>;

/** What the event log calls after a commit that wrote events. */
export interface AfterCommit {
  /** Tells the store's watchers (synchronously), first. */
  committed(change: LogChange): void;
  /** The snapshot policy. */
  afterAppend(plan: string, appended: number): Promise<void>;
}

/**
 * The store's event log: validated, NFC-normalised appends (planned purely by
 * `planAppend` under the adapter's write lock), reads and the chain check.
 * After each commit that wrote events, `after` tells the watchers and runs the snapshot policy.
 */
export function storeEvents(ctx: StoreContext, after: AfterCommit): StoreEvents {
  const { committed, afterAppend } = after;
  const { backend } = ctx;
  /** Validates and normalises one input: the append's key and request. */
  const prepare = (input: AppendInput, recordedAt: string) => {
    const a = validateInput(AppendInputSchema, input, "append");
    const plan = a.plan.normalize("NFC");
    const activity = a.activity.normalize("NFC");
    const events: PlanEvent[] = a.events.map((event) => normalizeText(event));
    const ids = checkBatch(events, activity, a.activity);
    const request: AppendRequest = {
      plan,
      activity,
      events,
      expectedVersion: a.expectedVersion,
      planVersion: a.planVersion,
      recordedAt,
    };
    return { key: { plan, activity, ids }, request };
  };
  return {
    async append(input) {
      ctx.assertOpen();
      const { key, request } = prepare(input, ctx.now().toISOString());
      const { result } = await backend.append({ key, request });
      if (result.appended > 0) committed({ plan: key.plan, position: result.position });
      await afterAppend(key.plan, result.appended);
      return result;
    },
    async appendMany(inputs) {
      ctx.assertOpen();
      const recordedAt = ctx.now().toISOString();
      const outcomes: AppendOutcome[] = [];
      const items: (AppendItem & { index: number })[] = [];
      for (const [index, input] of validateInput(z.array(z.unknown()), inputs, "appendMany").entries()) {
        try {
          const { key, request } = prepare(input as AppendInput, recordedAt);
          items.push({ index, key, request });
        } catch (error) {
          outcomes[index] = { ok: false, error: asStoreError(error) };
        }
      }
      const done = items.length > 0 ? await backend.appendMany(items) : [];
      const appended = new Map<string, { count: number; position: number }>();
      for (const [k, item] of items.entries()) {
        const outcome = done[k];
        if (!outcome?.ok) {
          outcomes[item.index] = { ok: false, error: asStoreError(outcome?.error) };
          continue;
        }
        const { result, rows } = outcome.value;
        outcomes[item.index] = { ok: true, result, events: rows.map(rowToStoredEvent) };
        if (result.appended === 0) continue;
        const sum = appended.get(item.key.plan) ?? { count: 0, position: 0 };
        appended.set(item.key.plan, {
          count: sum.count + result.appended,
          position: Math.max(sum.position, result.position),
        });
      }
      for (const [plan, { position }] of appended) committed({ plan, position });
      for (const [plan, { count }] of appended) await afterAppend(plan, count);
      return outcomes;
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

/** A refusal as the StoreError it is (planAppend and validation only raise those); anything else is rethrown. */
function asStoreError(error: unknown): StoreError {
  if (isStoreError(error)) return error;
  throw error;
}
