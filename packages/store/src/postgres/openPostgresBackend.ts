import pg from "pg";
import type { Backend, EventRow, PlanRow, SessionRow, SnapshotRow, UserRow } from "../backend/Backend";
import { migrations as allMigrations, MIGRATIONS_TABLE_SQL, type Migration } from "../migrations";
import { StoreError, storeNotFound } from "../StoreError";
import { mapPostgresError } from "./mapPostgresError";

/** Options of the PostgreSQL adapter. */
export interface PostgresBackendOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  /** Create the store's tables when missing (default true); when false, refuse with `store.not-found`. */
  create?: boolean;
  /** The migrations to apply (default: this library's). */
  migrations?: readonly Migration[];
  /** Milliseconds to wait for a connection (default 10,000). */
  connectTimeoutMs?: number;
}

const MIGRATION_LOCK = 7_242_024;
const EVENT_COLUMNS = `position, event_id AS "eventId", plan_id AS plan, plan_version AS "planVersion", activity, ward,
  stream_version AS "streamVersion", type, by_unit AS "byUnit", by_person AS "byPerson", at,
  machine_version AS "machineVersion", payload, recorded_at AS "recordedAt", prev_hash AS "prevHash", hash`;
const USER_COLUMNS = `id, username, display_name AS "displayName", role, unit_id AS unit, ward_id AS ward,
  password_hash AS "passwordHash", disabled, created_at AS "createdAt", updated_at AS "updatedAt"`;
const PLAN_META = `plan_id AS plan, version, title, hash, created_at AS "createdAt", note`;
const SNAPSHOT_COLUMNS = `plan_id AS plan, stream, version, machine_version AS "machineVersion", data, created_at AS "createdAt"`;

/** Inserts a batch of rows (one array per column) and moves the chain head, in one statement. */
const INSERT_EVENTS_SQL = `WITH inserted AS (
    INSERT INTO events (position, event_id, plan_id, plan_version, activity, ward, stream_version, type, by_unit,
      by_person, at, machine_version, payload, recorded_at, prev_hash, hash)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int[],
      $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
  )
  UPDATE chain_head SET position = $17, hash = $18 WHERE id = 1`;

/**
 * The first message of an append, as one simple-protocol query (which takes no parameters, so the
 * values are quoted with the driver's `escapeLiteral`): BEGIN, lock the chain head, then read the
 * stream version, the latest plan version and the stored events that share an id with the batch.
 */
function appendStateSql(
  client: pg.PoolClient,
  key: { plan: string; activity: string; ids: string[] },
): string {
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
SELECT ${EVENT_COLUMNS} FROM events WHERE ${ids.length > 0 ? `event_id IN (${ids})` : "false"};`;
}

/** BIGINT (oid 20) as a JavaScript number: positions stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

async function inTransaction<T>(client: pg.PoolClient, fn: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await fn();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function runMigrations(
  pool: pg.Pool,
  url: string,
  list: readonly Migration[],
  { migrate, create }: { migrate: boolean; create: boolean },
) {
  const latest = list[list.length - 1]?.version ?? 0;
  const client = await pool.connect();
  try {
    if (!create) {
      const found = await client.query(
        "SELECT to_regclass('kehoach_schema_migrations') IS NOT NULL AS found",
      );
      if (found.rows[0]?.found !== true) throw storeNotFound(url);
    }
    const current = async () =>
      Number(
        (await client.query("SELECT coalesce(max(version), 0) AS v FROM kehoach_schema_migrations")).rows[0]
          ?.v,
      );
    const from = await inTransaction(client, async () => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await client.query(MIGRATIONS_TABLE_SQL);
      return current();
    });
    if (from > latest) {
      throw new StoreError(
        "schema.newer",
        {
          vi: `cơ sở dữ liệu ${url} có lược đồ phiên bản ${from}, mới hơn phiên bản ${latest} mà @kehoach/store này biết; hãy nâng cấp @kehoach/store (không có gì bị thay đổi)`,
          en: `database ${url} has schema version ${from}, newer than version ${latest} this @kehoach/store knows; upgrade @kehoach/store (nothing was changed)`,
        },
        { url, found: from, latest },
      );
    }
    const pending = list.filter((m) => m.version > from);
    if (pending.length > 0 && !migrate) {
      throw new StoreError(
        "schema.outdated",
        {
          vi: `cơ sở dữ liệu ${url} ở lược đồ phiên bản ${from}, cần ${latest}; hãy chạy "kehoach db migrate"`,
          en: `database ${url} is at schema version ${from}, needs ${latest}; run "kehoach db migrate"`,
        },
        { url, found: from, latest },
      );
    }
    const applied: number[] = [];
    for (const migration of pending) {
      try {
        const done = await inTransaction(client, async () => {
          await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
          if ((await current()) >= migration.version) return false;
          for (const statement of migration.postgres) await client.query(statement);
          await client.query(
            "INSERT INTO kehoach_schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            [migration.version, migration.name, new Date().toISOString()],
          );
          return true;
        });
        if (done) applied.push(migration.version);
      } catch (error) {
        const mapped = mapPostgresError(error, url);
        if (mapped.code !== "store.internal") throw mapped;
        const at = await current();
        throw new StoreError(
          "schema.migration-failed",
          {
            vi: `chuyển đổi lược đồ ${migration.version} ("${migration.name}") thất bại và đã được hoàn tác; cơ sở dữ liệu vẫn ở phiên bản ${at}: ${mapped.en}`,
            en: `schema migration ${migration.version} ("${migration.name}") failed and was rolled back; the database stays at version ${at}: ${mapped.en}`,
          },
          { url, version: migration.version, at },
          { cause: error },
        );
      }
    }
    return { from, to: await current(), applied, latest };
  } finally {
    client.release();
  }
}

/**
 * Connects to PostgreSQL as a store backend: a connection pool, migrations
 * under an advisory lock, and appends serialised on the chain head row
 * (`SELECT … FOR UPDATE`) so the global order is gapless and the hash chain
 * stays linear while many offices write at once.
 */
export async function openPostgresBackend(
  connectionString: string,
  redacted: string,
  options: PostgresBackendOptions = {},
): Promise<Backend> {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types,
  });
  pool.on("error", () => {
    // An idle client lost its connection: the pool replaces it on next use.
  });
  let schema: Backend["schema"];
  try {
    schema = await runMigrations(pool, redacted, options.migrations ?? allMigrations, {
      migrate: options.migrate ?? true,
      create: options.create ?? true,
    });
  } catch (error) {
    await pool.end().catch(() => {});
    throw mapPostgresError(error, redacted);
  }

  const q = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> => {
    try {
      return (await pool.query<R>(sql, params)).rows;
    } catch (error) {
      throw mapPostgresError(error, redacted);
    }
  };
  const withClient = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw mapPostgresError(error, redacted);
    }
    try {
      return await fn(client);
    } catch (error) {
      throw mapPostgresError(error, redacted);
    } finally {
      client.release();
    }
  };

  const backend: Backend = {
    kind: "postgres",
    url: redacted,
    schema,
    append(key, plan) {
      // Three round trips: (1) BEGIN, the chain head lock and every read the plan needs, in one
      // simple-protocol message (each statement takes its own snapshot after the lock is held, so
      // the reads are never stale); (2) the rows and the new head in one prepared statement; (3) COMMIT.
      // A batch skips the id lookup and lets the UNIQUE index on event_id check it; when it fires, the
      // transaction is rolled back and the append is planned again with the stored rows (as on SQLite).
      return withClient(async (client) => {
        try {
          return await attemptAppend(client, key.ids.length === 1);
        } catch (error) {
          const duplicateId =
            (error as { code?: string }).code === "23505" &&
            (error as { constraint?: string }).constraint === "events_event_id_key";
          if (!duplicateId) throw error;
          return attemptAppend(client, true);
        }
      });
      async function attemptAppend(client: pg.PoolClient, lookup: boolean) {
        try {
          const results = (await client.query(
            appendStateSql(client, lookup ? key : { ...key, ids: [] }),
          )) as unknown as pg.QueryResult[];
          const head = results[1]?.rows[0] as { position: number; hash: string } | undefined;
          if (!head) {
            throw new StoreError("store.corrupt", {
              vi: "mất đầu chuỗi sự kiện",
              en: "the chain head row is missing",
            });
          }
          const versions = results[2]?.rows[0] as { sv: number | null; pv: number | null } | undefined;
          const existing = (results[3]?.rows ?? []) as EventRow[];
          const result = plan({
            head,
            streamVersion: Number(versions?.sv ?? 0),
            existing,
            latestPlanVersion: versions?.pv ?? null,
          });
          const r = result.rows;
          const last = r[r.length - 1];
          if (last) {
            await client.query({
              name: "kehoach_append_events",
              text: INSERT_EVENTS_SQL,
              values: [
                r.map((x) => x.position),
                r.map((x) => x.eventId),
                r.map((x) => x.plan),
                r.map((x) => x.planVersion),
                r.map((x) => x.activity),
                r.map((x) => x.ward),
                r.map((x) => x.streamVersion),
                r.map((x) => x.type),
                r.map((x) => x.byUnit),
                r.map((x) => x.byPerson),
                r.map((x) => x.at),
                r.map((x) => x.machineVersion),
                r.map((x) => x.payload),
                r.map((x) => x.recordedAt),
                r.map((x) => x.prevHash),
                r.map((x) => x.hash),
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
    },
    async head() {
      const row = (
        await q<{ position: number; hash: string }>("SELECT position, hash FROM chain_head WHERE id = 1")
      )[0];
      if (!row)
        throw new StoreError("store.corrupt", {
          vi: "mất đầu chuỗi sự kiện",
          en: "the chain head row is missing",
        });
      return row;
    },
    async streamVersion(plan, activity) {
      const rows = await q<{ v: number }>(
        // ORDER BY … LIMIT 1, not max(): with stale statistics the planner aggregates over the whole stream.
        "SELECT coalesce((SELECT stream_version FROM events WHERE plan_id = $1 AND activity = $2 ORDER BY stream_version DESC LIMIT 1), 0) AS v",
        [plan, activity],
      );
      return Number(rows[0]?.v ?? 0);
    },
    async *readEvents(filter, batchSize) {
      let after = filter.afterPosition;
      let left = filter.limit ?? Number.POSITIVE_INFINITY;
      while (left > 0) {
        const size = Math.min(batchSize, left);
        const rows =
          filter.plan === undefined
            ? await q<EventRow>(
                `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
                [after, size],
              )
            : filter.activity === undefined
              ? await q<EventRow>(
                  `SELECT ${EVENT_COLUMNS} FROM events WHERE plan_id = $1 AND position > $2 ORDER BY position LIMIT $3`,
                  [filter.plan, after, size],
                )
              : await q<EventRow>(
                  `SELECT ${EVENT_COLUMNS} FROM events WHERE plan_id = $1 AND activity = $2 AND position > $3
                   ORDER BY position LIMIT $4`,
                  [filter.plan, filter.activity, after, size],
                );
        if (rows.length === 0) return;
        left -= rows.length;
        after = rows[rows.length - 1]?.position ?? after;
        yield rows;
        if (rows.length < size) return;
      }
    },
    async countEvents(plan, afterPosition) {
      const rows = await q<{ n: number }>(
        "SELECT count(*) AS n FROM events WHERE plan_id = $1 AND position > $2",
        [plan, afterPosition],
      );
      return Number(rows[0]?.n ?? 0);
    },
    savePlan(plan, build) {
      return withClient((client) =>
        inTransaction(client, async () => {
          await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [plan]);
          const latest =
            (
              await client.query<PlanRow>(
                `SELECT ${PLAN_META}, body FROM plans WHERE plan_id = $1 ORDER BY version DESC LIMIT 1`,
                [plan],
              )
            ).rows[0] ?? null;
          const row = build(latest);
          if (!row) {
            if (!latest) throw new Error("savePlan: nothing to keep");
            return { row: latest, inserted: false };
          }
          await client.query(
            "INSERT INTO plans (plan_id, version, title, hash, body, created_at, note) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [row.plan, row.version, row.title, row.hash, row.body, row.createdAt, row.note],
          );
          return { row, inserted: true };
        }),
      );
    },
    async getPlan(plan, version) {
      const rows =
        version === undefined
          ? await q<PlanRow>(
              `SELECT ${PLAN_META}, body FROM plans WHERE plan_id = $1 ORDER BY version DESC LIMIT 1`,
              [plan],
            )
          : await q<PlanRow>(`SELECT ${PLAN_META}, body FROM plans WHERE plan_id = $1 AND version = $2`, [
              plan,
              version,
            ]);
      return rows[0] ?? null;
    },
    async listPlans(plan) {
      return plan === undefined
        ? q(`SELECT DISTINCT ON (plan_id) ${PLAN_META} FROM plans ORDER BY plan_id, version DESC`)
        : q(`SELECT ${PLAN_META} FROM plans WHERE plan_id = $1 ORDER BY version`, [plan]);
    },
    async saveSnapshot(row: SnapshotRow) {
      await q(
        `INSERT INTO snapshots (plan_id, stream, version, machine_version, data, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (plan_id, stream, machine_version, version) DO UPDATE SET data = EXCLUDED.data, created_at = EXCLUDED.created_at`,
        [row.plan, row.stream, row.version, row.machineVersion, row.data, row.createdAt],
      );
    },
    async latestSnapshot(plan, stream, machineVersion) {
      const rows =
        machineVersion === undefined
          ? await q<SnapshotRow>(
              `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE plan_id = $1 AND stream = $2 ORDER BY version DESC, created_at DESC LIMIT 1`,
              [plan, stream],
            )
          : await q<SnapshotRow>(
              `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE plan_id = $1 AND stream = $2 AND machine_version = $3
               ORDER BY version DESC LIMIT 1`,
              [plan, stream, machineVersion],
            );
      return rows[0] ?? null;
    },
    async insertUser(row: UserRow) {
      try {
        await pool.query(
          `INSERT INTO users (id, username, display_name, role, unit_id, ward_id, password_hash, disabled, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            row.id,
            row.username,
            row.displayName,
            row.role,
            row.unit,
            row.ward,
            row.passwordHash,
            row.disabled,
            row.createdAt,
            row.updatedAt,
          ],
        );
      } catch (error) {
        if ((error as { code?: string }).code === "23505") {
          throw new StoreError(
            "account.username-taken",
            {
              vi: `tên đăng nhập "${row.username}" đã có người dùng`,
              en: `username "${row.username}" is already taken`,
            },
            { username: row.username },
          );
        }
        throw mapPostgresError(error, redacted);
      }
    },
    async getUser(by) {
      const rows =
        "id" in by
          ? await q<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [by.id])
          : await q<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1`, [by.username]);
      return rows[0] ?? null;
    },
    async listUsers() {
      return q<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
    },
    async updateUser(row) {
      await q(
        `UPDATE users SET display_name = $2, role = $3, unit_id = $4, ward_id = $5, password_hash = $6, disabled = $7,
         updated_at = $8 WHERE id = $1`,
        [
          row.id,
          row.displayName,
          row.role,
          row.unit,
          row.ward,
          row.passwordHash,
          row.disabled,
          row.updatedAt,
        ],
      );
    },
    async insertSession(row: SessionRow) {
      await q("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)", [
        row.tokenHash,
        row.userId,
        row.createdAt,
        row.expiresAt,
      ]);
    },
    async getSession(tokenHash) {
      const rows = await q<SessionRow>(
        `SELECT token_hash AS "tokenHash", user_id AS "userId", created_at AS "createdAt", expires_at AS "expiresAt"
         FROM sessions WHERE token_hash = $1`,
        [tokenHash],
      );
      return rows[0] ?? null;
    },
    async deleteSessions(by) {
      const [sql, param] =
        "tokenHash" in by
          ? ["DELETE FROM sessions WHERE token_hash = $1", by.tokenHash]
          : "userId" in by
            ? ["DELETE FROM sessions WHERE user_id = $1", by.userId]
            : ["DELETE FROM sessions WHERE expires_at <= $1", by.expiredBefore];
      try {
        return (await pool.query(sql, [param])).rowCount ?? 0;
      } catch (error) {
        throw mapPostgresError(error, redacted);
      }
    },
    async backup() {
      throw new StoreError("store.unsupported", {
        vi: "sao lưu PostgreSQL bằng pg_dump (hoặc sao lưu của máy chủ); lệnh backup chỉ dành cho SQLite",
        en: "back up PostgreSQL with pg_dump (or the server's own backups); backup is for SQLite only",
      });
    },
    async close() {
      await pool.end();
    },
  };
  return backend;
}
