import type pg from "pg";
import type { AppendState, ChainHead, EventRow } from "../backend/Backend";
import { EVENT_INSERT_COLUMNS_SQL, EVENT_ROW_FIELDS, EVENT_SELECT_SQL } from "../backend/eventRowFields";
import { chainHeadMissing, StoreError } from "../StoreError";

/** What an append is keyed by: the stream and the ids of the batch. */
export type AppendKey = { plan: string; activity: string; ids: string[] };

/** Inserts a batch of rows (one array per column) and moves the chain head, in one statement. */
const INSERT_EVENTS_SQL = `WITH inserted AS (
    INSERT INTO events (${EVENT_INSERT_COLUMNS_SQL})
    SELECT * FROM unnest(${EVENT_ROW_FIELDS.map((f, i) => `$${i + 1}::${f.postgresType}[]`).join(", ")})
  )
  UPDATE chain_head SET position = $${EVENT_ROW_FIELDS.length + 1}, hash = $${EVENT_ROW_FIELDS.length + 2} WHERE id = 1`;

/**
 * One append on one client, in three round trips: (1) BEGIN, the chain head lock and every read
 * the plan needs, in one simple-protocol message (each statement takes its own snapshot after the
 * lock is held, so the reads are never stale); (2) the rows and the new head in one prepared
 * statement; (3) COMMIT. With `lookup` false the stored rows that share an id are not read (the
 * UNIQUE index on event_id checks them). Rolls back and rethrows on any error.
 */
export async function appendOnPostgres<T extends { rows: EventRow[] }>(
  client: pg.PoolClient,
  key: AppendKey,
  plan: (state: AppendState) => T,
  lookup: boolean,
): Promise<T> {
  try {
    const results = (await client.query(
      appendStateSql(client, lookup ? key : { ...key, ids: [] }),
    )) as unknown as pg.QueryResult[];
    const head = results[1]?.rows[0] as ChainHead | undefined;
    if (!head) throw chainHeadMissing();
    const versions = results[2]?.rows[0] as { sv: number | null; pv: number | null } | undefined;
    const result = plan({
      head,
      streamVersion: Number(versions?.sv ?? 0),
      existing: (results[3]?.rows ?? []) as EventRow[],
      latestPlanVersion: versions?.pv ?? null,
    });
    const last = result.rows[result.rows.length - 1];
    if (last) {
      await client.query({
        name: "kehoach_append_events",
        text: INSERT_EVENTS_SQL,
        values: [
          ...EVENT_ROW_FIELDS.map((f) => result.rows.map((row) => row[f.key])),
          last.position,
          last.hash,
        ],
      });
    }
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/**
 * The first message of an append, as one simple-protocol query (which takes no parameters, so the
 * values are quoted with the driver's `escapeLiteral`): BEGIN, lock the chain head, then read the
 * stream version, the latest plan version and the stored events that share an id with the batch.
 */
function appendStateSql(client: pg.PoolClient, key: AppendKey): string {
  const literal = (value: string): string => {
    // PostgreSQL text cannot hold NUL, and a NUL would end the query message early: refuse it here.
    if (value.includes("\u0000")) {
      throw new StoreError(
        "store.bad-input",
        {
          vi: `mã chứa ký tự NUL, PostgreSQL không lưu được: ${JSON.stringify(value)}`,
          en: `an id contains a NUL character, which PostgreSQL cannot store: ${JSON.stringify(value)}`,
        },
        { value },
      );
    }
    return client.escapeLiteral(value);
  };
  const plan = literal(key.plan);
  const activity = literal(key.activity);
  const ids = key.ids.map(literal).join(", ");
  return `BEGIN;
SELECT position, hash FROM chain_head WHERE id = 1 FOR UPDATE;
SELECT (SELECT stream_version FROM events WHERE plan_id = ${plan} AND activity = ${activity}
    ORDER BY stream_version DESC LIMIT 1) AS sv,
  (SELECT max(version) FROM plans WHERE plan_id = ${plan}) AS pv;
SELECT ${EVENT_SELECT_SQL} FROM events WHERE ${ids.length > 0 ? `event_id IN (${ids})` : "false"};`;
}
