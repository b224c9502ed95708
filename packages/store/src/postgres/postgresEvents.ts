import type pg from "pg";
import type { AppendState, ChainHead, EventBackend, EventRow } from "../backend/Backend";
import { EVENT_SELECT_SQL } from "../backend/eventRowFields";
import { paginateEvents } from "../backend/paginateEvents";
import { planAppend } from "../planAppend";
import { chainHeadMissing } from "../StoreError";
import { appendManyOnPostgres, appendOnPostgres } from "./postgresAppend";
import type { PostgresConnection } from "./postgresConnection";

/**
 * The event log on PostgreSQL: appends serialised on the chain head row
 * (`SELECT … FOR UPDATE`), so the global order is gapless and the hash chain
 * stays linear while many offices write at once; paged reads.
 */
export function postgresEvents(connection: PostgresConnection): EventBackend {
  const { query } = connection;
  return {
    append({ key, request }) {
      const plan = (state: AppendState) => planAppend(state, request);
      // A batch skips the id lookup and lets the UNIQUE index on event_id check it; when it fires, the
      // transaction is rolled back and the append is planned again with the stored rows (as on SQLite).
      return connection.withClient(async (client: pg.PoolClient) => {
        try {
          return await appendOnPostgres(client, key, plan, key.ids.length === 1);
        } catch (error) {
          const duplicateId =
            (error as { code?: string }).code === "23505" &&
            (error as { constraint?: string }).constraint === "events_event_id_key";
          if (!duplicateId) throw error;
          return appendOnPostgres(client, key, plan, true);
        }
      });
    },
    appendMany(items) {
      const planned = items.map(({ key, request }) => ({
        key,
        plan: (state: AppendState) => planAppend(state, request),
      }));
      return connection.withClient((client: pg.PoolClient) => appendManyOnPostgres(client, planned));
    },
    async head() {
      const row = (await query<ChainHead>("SELECT position, hash FROM chain_head WHERE id = 1"))[0];
      if (!row) throw chainHeadMissing();
      return row;
    },
    async streamVersion(plan, activity) {
      const rows = await query<{ v: number }>(
        // ORDER BY … LIMIT 1, not max(): with stale statistics the planner aggregates over the whole stream.
        "SELECT coalesce((SELECT stream_version FROM events WHERE plan_id = $1 AND activity = $2 ORDER BY stream_version DESC LIMIT 1), 0) AS v",
        [plan, activity],
      );
      return Number(rows[0]?.v ?? 0);
    },
    readEvents(filter, batchSize) {
      const { plan, activity } = filter;
      const select = `SELECT ${EVENT_SELECT_SQL} FROM events WHERE`;
      return paginateEvents(filter, batchSize, (after, size) =>
        plan === undefined
          ? query<EventRow>(`${select} position > $1 ORDER BY position LIMIT $2`, [after, size])
          : activity === undefined
            ? query<EventRow>(`${select} plan_id = $1 AND position > $2 ORDER BY position LIMIT $3`, [
                plan,
                after,
                size,
              ])
            : query<EventRow>(
                `${select} plan_id = $1 AND activity = $2 AND position > $3 ORDER BY position LIMIT $4`,
                [plan, activity, after, size],
              ),
      );
    },
    async countEvents(plan, afterPosition) {
      const rows = await query<{ n: number }>(
        "SELECT count(*) AS n FROM events WHERE plan_id = $1 AND position > $2",
        [plan, afterPosition],
      );
      return Number(rows[0]?.n ?? 0);
    },
  };
}
