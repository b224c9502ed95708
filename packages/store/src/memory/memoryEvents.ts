import type { EventBackend, EventRow, PlanRow } from "../backend/Backend";
import { GENESIS_HASH } from "../hashEventRow";
import { planAppend } from "../planAppend";

/** The event log in memory: an array indexed by position, with indexes by id and by stream. */
export function memoryEvents(plans: ReadonlyMap<string, readonly PlanRow[]>): EventBackend {
  const events: EventRow[] = [];
  const byId = new Map<string, EventRow>();
  const streams = new Map<string, number>();
  let head = { position: 0, hash: GENESIS_HASH };
  const streamKey = (plan: string, activity: string) => JSON.stringify([plan, activity]);
  const backend: EventBackend = {
    async append({ key, request }) {
      const existing = key.ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ ...row }] : [];
      });
      const versions = plans.get(key.plan);
      const result = planAppend(
        {
          head: { ...head },
          streamVersion: streams.get(streamKey(key.plan, key.activity)) ?? 0,
          existing,
          latestPlanVersion: versions?.[versions.length - 1]?.version ?? null,
        },
        request,
      );
      for (const row of result.rows) {
        const copy = { ...row };
        events.push(copy);
        byId.set(copy.eventId, copy);
        streams.set(streamKey(copy.plan, copy.activity), copy.streamVersion);
        head = { position: copy.position, hash: copy.hash };
      }
      return result;
    },
    async appendMany(items) {
      // In memory an append is atomic by itself: each is planned against the state the ones before left.
      const outcomes: Awaited<ReturnType<EventBackend["appendMany"]>> = [];
      for (const item of items) {
        try {
          outcomes.push({ ok: true, value: await backend.append(item) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
      return outcomes;
    },
    async head() {
      return { ...head };
    },
    async streamVersion(plan, activity) {
      return streams.get(streamKey(plan, activity)) ?? 0;
    },
    async *readEvents(filter, batchSize) {
      // Positions are 1-based and gapless, so the array index is position - 1.
      let index = filter.afterPosition;
      let left = filter.limit ?? Number.POSITIVE_INFINITY;
      while (left > 0 && index < events.length) {
        const batch: EventRow[] = [];
        while (index < events.length && batch.length < batchSize && batch.length < left) {
          const row = events[index++];
          if (!row) break;
          if (filter.plan !== undefined && row.plan !== filter.plan) continue;
          if (filter.activity !== undefined && row.activity !== filter.activity) continue;
          batch.push({ ...row });
        }
        if (batch.length === 0) continue;
        left -= batch.length;
        yield batch;
      }
    },
    async countEvents(plan, afterPosition) {
      let n = 0;
      for (let i = afterPosition; i < events.length; i++) if (events[i]?.plan === plan) n++;
      return n;
    },
  };
  return backend;
}
