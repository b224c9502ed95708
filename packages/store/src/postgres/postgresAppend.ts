import type pg from "pg";
import type { AppendKey, AppendState, ChainHead, EventRow } from "../backend/Backend";
import { EVENT_INSERT_COLUMNS_SQL, EVENT_ROW_FIELDS, EVENT_SELECT_SQL } from "../backend/eventRowFields";
import { chainHeadMissing, StoreError } from "../StoreError";
import { notifySql } from "./postgresNotify";

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
 * statement; (3) a `NOTIFY` of the plan's new last position, and COMMIT. With `lookup` false
 * the stored rows that share an id are not read (the UNIQUE index on event_id checks them). Rolls back and rethrows on any error.
 */
export async function appendOnPostgres<T extends { rows: EventRow[] }>(
  client: pg.PoolClient,
  key: AppendKey,
  plan: (state: AppendState) => T,
  lookup: boolean,
): Promise<T> {
  try {
    const sql = `BEGIN;\n${appendStateSql(client, lookup ? key : { ...key, ids: [] })}`;
    const results = (await client.query(sql)) as unknown as pg.QueryResult[];
    const result = plan(appendState(results.slice(1)));
    await insertRows(client, result.rows);
    await client.query(`${notifySql(client, result.rows)}COMMIT`);
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Group commit on one client, in three round trips whatever the group's size: (1) BEGIN, the chain
 * head lock and every append's reads (always looking up the ids, so no UNIQUE error aborts the
 * group) in one message; each append is then planned in order on the head the ones before it
 * left; (2) all their rows in one statement; (3) the notifications and COMMIT. Groups where two
 * appends share a stream or an id (the second must see the first's rows) go one append at a time.
 * An append whose `plan` throws (or whose ids cannot be quoted) writes nothing and is answered with
 * the error; a database error rolls everything back and rethrows.
 */
export async function appendManyOnPostgres<T extends { rows: EventRow[] }>(
  client: pg.PoolClient,
  items: readonly { key: AppendKey; plan: (state: AppendState) => T }[],
): Promise<Outcome<T>[]> {
  try {
    const outcomes = independent(items)
      ? await appendTogether(client, items)
      : await appendOneByOne(client, items);
    const written = outcomes.flatMap((o) => (o.ok ? o.value.rows : []));
    await client.query(`${notifySql(client, written)}COMMIT`);
    return outcomes;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Whether no two appends share a stream or an event id. */
function independent(items: readonly { key: AppendKey }[]): boolean {
  const streams = new Set<string>();
  const ids = new Set<string>();
  for (const { key } of items) {
    const stream = JSON.stringify([key.plan, key.activity]);
    if (streams.has(stream)) return false;
    streams.add(stream);
    for (const id of key.ids) {
      if (ids.has(id)) return false;
      ids.add(id);
    }
  }
  return true;
}

/** BEGIN, every append's reads in one message, each planned on the head the previous left, one insert. */
async function appendTogether<T extends { rows: EventRow[] }>(
  client: pg.PoolClient,
  items: readonly { key: AppendKey; plan: (state: AppendState) => T }[],
): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  const sql: (string | null)[] = items.map(({ key }, i) => {
    try {
      return appendStateSql(client, key);
    } catch (error) {
      outcomes[i] = { ok: false, error };
      return null;
    }
  });
  const results = (await client.query(
    `BEGIN;\n${sql.filter((q) => q !== null).join("\n")}`,
  )) as unknown as pg.QueryResult[];
  let next = 1;
  let head: ChainHead | null = null;
  const rows: EventRow[] = [];
  for (const [i, { plan }] of items.entries()) {
    if (sql[i] === null) continue;
    const state = appendState(results.slice(next, next + 3));
    next += 3;
    try {
      const value = plan(head ? { ...state, head } : state);
      const last = value.rows[value.rows.length - 1];
      if (last) head = { position: last.position, hash: last.hash };
      rows.push(...value.rows);
      outcomes[i] = { ok: true, value };
    } catch (error) {
      outcomes[i] = { ok: false, error };
    }
  }
  await insertRows(client, rows);
  return outcomes;
}

/** BEGIN, then for each append its reads and its rows, in order. */
async function appendOneByOne<T extends { rows: EventRow[] }>(
  client: pg.PoolClient,
  items: readonly { key: AppendKey; plan: (state: AppendState) => T }[],
): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  await client.query("BEGIN");
  for (const { key, plan } of items) {
    let sql: string;
    try {
      sql = appendStateSql(client, key);
    } catch (error) {
      outcomes.push({ ok: false, error });
      continue;
    }
    const results = (await client.query(sql)) as unknown as pg.QueryResult[];
    let result: T;
    try {
      result = plan(appendState(results));
    } catch (error) {
      outcomes.push({ ok: false, error });
      continue;
    }
    await insertRows(client, result.rows);
    outcomes.push({ ok: true, value: result });
  }
  return outcomes;
}

/** The state an append is planned on, from the answers to `appendStateSql`'s three reads. */
function appendState(results: readonly pg.QueryResult[]): AppendState {
  const head = results[0]?.rows[0] as ChainHead | undefined;
  if (!head) throw chainHeadMissing();
  const versions = results[1]?.rows[0] as { sv: number | null; pv: number | null } | undefined;
  return {
    head,
    streamVersion: Number(versions?.sv ?? 0),
    existing: (results[2]?.rows ?? []) as EventRow[],
    latestPlanVersion: versions?.pv ?? null,
  };
}

/** Writes the rows and moves the chain head, in one prepared statement (nothing for no rows). */
async function insertRows(client: pg.PoolClient, rows: readonly EventRow[]): Promise<void> {
  const last = rows[rows.length - 1];
  if (!last) return;
  await client.query({
    name: "kehoach_append_events",
    text: INSERT_EVENTS_SQL,
    values: [...EVENT_ROW_FIELDS.map((f) => rows.map((row) => row[f.key])), last.position, last.hash],
  });
}

/**
 * The reads of an append, as one simple-protocol query (which takes no parameters, so the
 * values are quoted with the driver's `escapeLiteral`): lock the chain head, then read the
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
  return `SELECT position, hash FROM chain_head WHERE id = 1 FOR UPDATE;
SELECT (SELECT stream_version FROM events WHERE plan_id = ${plan} AND activity = ${activity}
    ORDER BY stream_version DESC LIMIT 1) AS sv,
  (SELECT max(version) FROM plans WHERE plan_id = ${plan}) AS pv;
SELECT ${EVENT_SELECT_SQL} FROM events WHERE ${ids.length > 0 ? `event_id IN (${ids})` : "false"};`;
}
