import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type {
  Backend,
  EventFilter,
  EventRow,
  PlanRow,
  SessionRow,
  SnapshotRow,
  UserRow,
} from "../backend/Backend";
import {
  migrations as allMigrations,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS_TABLE_SQL,
  type Migration,
} from "../migrations";
import { StoreError, storeNotFound } from "../StoreError";
import { mapSqliteError } from "./mapSqliteError";

/** Options of the SQLite adapter. */
export interface SqliteBackendOptions {
  /** `FULL` (default: every acknowledged append is on disk) or `NORMAL` (faster; may lose the last appends on power loss, never on a process crash). */
  synchronous?: "full" | "normal";
  /** Upper bound on the database size in pages (4 KiB each): a size limit. */
  maxPages?: number;
  /** Milliseconds to wait for another process's write lock (default 10,000). */
  busyTimeoutMs?: number;
  /** Run pending migrations on open (default true); when false, an outdated schema is refused. */
  migrate?: boolean;
  /** Create the database file and the store's tables when missing (default true); when false, refuse with `store.not-found`. */
  create?: boolean;
  /** The migrations to apply (default: this library's; tests inject broken ones). */
  migrations?: readonly Migration[];
}

const EVENT_COLUMNS = `position, event_id AS eventId, plan_id AS plan, plan_version AS planVersion, activity, ward,
  stream_version AS streamVersion, type, by_unit AS byUnit, by_person AS byPerson, at, machine_version AS machineVersion,
  payload, recorded_at AS recordedAt, prev_hash AS prevHash, hash`;
const USER_COLUMNS = `id, username, display_name AS displayName, role, unit_id AS unit, ward_id AS ward,
  password_hash AS passwordHash, disabled, created_at AS createdAt, updated_at AS updatedAt`;

const INSERT_COLUMNS = `position, event_id, plan_id, plan_version, activity, ward, stream_version, type, by_unit,
  by_person, at, machine_version, payload, recorded_at, prev_hash, hash`;
const ROW_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
/** Rows per INSERT statement: 16 columns × 64 rows = 1,024 parameters, far below SQLite's limit. */
const ROWS_PER_INSERT = 64;

/** Appends an event row's values, in `INSERT_COLUMNS` order, to a positional parameter list. */
function pushRowParams(params: unknown[], row: EventRow): void {
  params.push(
    row.position,
    row.eventId,
    row.plan,
    row.planVersion,
    row.activity,
    row.ward,
    row.streamVersion,
    row.type,
    row.byUnit,
    row.byPerson,
    row.at,
    row.machineVersion,
    row.payload,
    row.recordedAt,
    row.prevHash,
    row.hash,
  );
}

type RawUser = Omit<UserRow, "disabled"> & { disabled: number };
const toUser = (row: RawUser | undefined): UserRow | null =>
  row ? { ...row, disabled: row.disabled !== 0 } : null;

function hasMigrationsTable(db: Database.Database): boolean {
  return (
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kehoach_schema_migrations'")
      .get() !== undefined
  );
}

function runMigrations(db: Database.Database, file: string, list: readonly Migration[], migrate: boolean) {
  const latest = list[list.length - 1]?.version ?? 0;
  db.exec(MIGRATIONS_TABLE_SQL);
  const current = () =>
    (db.prepare("SELECT max(version) AS v FROM kehoach_schema_migrations").get() as { v: number | null }).v ??
    0;
  const from = current();
  if (from > latest) {
    throw new StoreError(
      "schema.newer",
      {
        vi: `cơ sở dữ liệu "${file}" có lược đồ phiên bản ${from}, mới hơn phiên bản ${latest} mà @kehoach/store này biết; hãy nâng cấp @kehoach/store (không có gì bị thay đổi)`,
        en: `database "${file}" has schema version ${from}, newer than version ${latest} this @kehoach/store knows; upgrade @kehoach/store (nothing was changed)`,
      },
      { file, found: from, latest },
    );
  }
  const pending = list.filter((m) => m.version > from);
  if (pending.length > 0 && !migrate) {
    throw new StoreError(
      "schema.outdated",
      {
        vi: `cơ sở dữ liệu "${file}" ở lược đồ phiên bản ${from}, cần ${latest}; hãy chạy "kehoach db migrate"`,
        en: `database "${file}" is at schema version ${from}, needs ${latest}; run "kehoach db migrate"`,
      },
      { file, found: from, latest },
    );
  }
  const applied: number[] = [];
  for (const migration of pending) {
    const apply = db.transaction(() => {
      if (current() >= migration.version) return false;
      for (const statement of migration.sqlite) db.exec(statement);
      db.prepare("INSERT INTO kehoach_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      return true;
    });
    try {
      if (apply.immediate()) applied.push(migration.version);
    } catch (error) {
      const mapped = mapSqliteError(error, file);
      if (mapped.code !== "store.internal") throw mapped;
      throw new StoreError(
        "schema.migration-failed",
        {
          vi: `chuyển đổi lược đồ ${migration.version} ("${migration.name}") thất bại và đã được hoàn tác; cơ sở dữ liệu vẫn ở phiên bản ${current()}: ${mapped.en}`,
          en: `schema migration ${migration.version} ("${migration.name}") failed and was rolled back; the database stays at version ${current()}: ${mapped.en}`,
        },
        { file, version: migration.version, at: current() },
        { cause: error },
      );
    }
  }
  return { from, to: current(), applied, latest };
}

/**
 * Opens (creating when missing) an SQLite database as a store backend: WAL
 * journal, `synchronous=FULL`, a busy timeout for other processes, and
 * migrations applied in transactions. `file` may be ":memory:".
 */
export function openSqliteBackend(file: string, options: SqliteBackendOptions = {}): Backend {
  const memory = file === ":memory:";
  const path = memory ? file : resolve(file);
  let db: Database.Database;
  try {
    if (!memory && options.create === false && !existsSync(path)) throw storeNotFound(path);
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { fileMustExist: !memory && options.create === false });
  } catch (error) {
    throw mapSqliteError(error, path);
  }
  let schema: Backend["schema"];
  try {
    // Checked before any pragma: journal_mode = WAL would already change a file that is not ours.
    if (!memory && options.create === false && !hasMigrationsTable(db)) throw storeNotFound(path);
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 10_000)}`);
    if (!memory) db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${options.synchronous === "normal" ? "NORMAL" : "FULL"}`);
    db.pragma("foreign_keys = ON");
    if (options.maxPages !== undefined) db.pragma(`max_page_count = ${Math.trunc(options.maxPages)}`);
    schema = runMigrations(db, path, options.migrations ?? allMigrations, options.migrate ?? true);
    if (schema.to < LATEST_SCHEMA_VERSION && !options.migrations) {
      throw new StoreError("schema.outdated", {
        vi: `lược đồ của "${path}" chưa được nâng cấp`,
        en: `the schema of "${path}" was not upgraded`,
      });
    }
  } catch (error) {
    db.close();
    throw mapSqliteError(error, path);
  }

  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw mapSqliteError(error, path);
    }
  };

  // Statements are prepared on first use, so a database left at an older schema by custom migrations still opens.
  const lazy = (sql: string) => {
    let statement: Database.Statement | undefined;
    return () => {
      statement ??= db.prepare(sql);
      return statement;
    };
  };
  const s = {
    head: lazy("SELECT position, hash FROM chain_head WHERE id = 1"),
    setHead: lazy("UPDATE chain_head SET position = ?, hash = ? WHERE id = 1"),
    streamVersion: lazy(
      "SELECT coalesce(max(stream_version), 0) AS v FROM events WHERE plan_id = ? AND activity = ?",
    ),
    byId: lazy(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ?`),
    latestPlanVersion: lazy("SELECT max(version) AS v FROM plans WHERE plan_id = ?"),
    readAll: lazy(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
    readPlan: lazy(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE plan_id = ? AND position > ? ORDER BY position LIMIT ?`,
    ),
    readStream: lazy(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE plan_id = ? AND activity = ? AND position > ? ORDER BY position LIMIT ?`,
    ),
    count: lazy("SELECT count(*) AS n FROM events WHERE plan_id = ? AND position > ?"),
    latestPlan: lazy(
      `SELECT plan_id AS plan, version, title, hash, body, created_at AS createdAt, note FROM plans
       WHERE plan_id = ? ORDER BY version DESC LIMIT 1`,
    ),
    planVersion: lazy(
      `SELECT plan_id AS plan, version, title, hash, body, created_at AS createdAt, note FROM plans
       WHERE plan_id = ? AND version = ?`,
    ),
    insertPlan: lazy(
      `INSERT INTO plans (plan_id, version, title, hash, body, created_at, note)
       VALUES (@plan, @version, @title, @hash, @body, @createdAt, @note)`,
    ),
    planVersions: lazy(
      `SELECT plan_id AS plan, version, title, hash, created_at AS createdAt, note FROM plans
       WHERE plan_id = ? ORDER BY version`,
    ),
    latestPlans: lazy(
      `SELECT p.plan_id AS plan, p.version, p.title, p.hash, p.created_at AS createdAt, p.note FROM plans p
       WHERE p.version = (SELECT max(version) FROM plans q WHERE q.plan_id = p.plan_id) ORDER BY p.plan_id`,
    ),
    insertSnapshot: lazy(
      `INSERT OR REPLACE INTO snapshots (plan_id, stream, version, machine_version, data, created_at)
       VALUES (@plan, @stream, @version, @machineVersion, @data, @createdAt)`,
    ),
    latestSnapshot: lazy(
      `SELECT plan_id AS plan, stream, version, machine_version AS machineVersion, data, created_at AS createdAt
       FROM snapshots WHERE plan_id = ? AND stream = ? ORDER BY version DESC, created_at DESC LIMIT 1`,
    ),
    latestSnapshotOf: lazy(
      `SELECT plan_id AS plan, stream, version, machine_version AS machineVersion, data, created_at AS createdAt
       FROM snapshots WHERE plan_id = ? AND stream = ? AND machine_version = ? ORDER BY version DESC LIMIT 1`,
    ),
    insertUser: lazy(`INSERT INTO users (id, username, display_name, role, unit_id, ward_id, password_hash,
      disabled, created_at, updated_at) VALUES (@id, @username, @displayName, @role, @unit, @ward, @passwordHash,
      @disabled, @createdAt, @updatedAt)`),
    updateUser: lazy(`UPDATE users SET display_name = @displayName, role = @role, unit_id = @unit,
      ward_id = @ward, password_hash = @passwordHash, disabled = @disabled, updated_at = @updatedAt WHERE id = @id`),
    userById: lazy(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
    userByName: lazy(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`),
    users: lazy(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`),
    insertSession: lazy(
      "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (@tokenHash, @userId, @createdAt, @expiresAt)",
    ),
    session: lazy(
      "SELECT token_hash AS tokenHash, user_id AS userId, created_at AS createdAt, expires_at AS expiresAt FROM sessions WHERE token_hash = ?",
    ),
    deleteSession: lazy("DELETE FROM sessions WHERE token_hash = ?"),
    deleteUserSessions: lazy("DELETE FROM sessions WHERE user_id = ?"),
    deleteExpired: lazy("DELETE FROM sessions WHERE expires_at <= ?"),
  };

  // Multi-row INSERT statements with positional parameters, one prepared statement per row count:
  // a batch of 1,000 events is 16 statement runs instead of 1,000.
  const insertStatements = new Map<number, Database.Statement>();
  const insertStatement = (count: number): Database.Statement => {
    let statement = insertStatements.get(count);
    if (!statement) {
      const values = Array.from({ length: count }, () => ROW_PLACEHOLDERS).join(", ");
      statement = db.prepare(`INSERT INTO events (${INSERT_COLUMNS}) VALUES ${values}`);
      insertStatements.set(count, statement);
    }
    return statement;
  };
  const insertRows = (rows: readonly EventRow[]): void => {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const end = Math.min(start + ROWS_PER_INSERT, rows.length);
      const params: unknown[] = [];
      for (let i = start; i < end; i++) pushRowParams(params, rows[i] as EventRow);
      insertStatement(end - start).run(params);
    }
  };

  const backend: Backend = {
    kind: "sqlite",
    url: `sqlite:${path}`,
    schema,
    async append(key, plan) {
      // Fast path: assume no id of the batch is stored yet and let the UNIQUE index check it; when
      // it fires, the transaction is rolled back and the append is planned again with the stored rows.
      const attempt = (lookup: boolean) =>
        db
          .transaction(() => {
            const head = s.head().get() as { position: number; hash: string };
            const streamVersion = (s.streamVersion().get(key.plan, key.activity) as { v: number }).v;
            const existing: EventRow[] = [];
            if (lookup) {
              for (const id of key.ids) {
                const row = s.byId().get(id) as EventRow | undefined;
                if (row) existing.push(row);
              }
            }
            const latestPlanVersion = (s.latestPlanVersion().get(key.plan) as { v: number | null }).v;
            const result = plan({ head, streamVersion, existing, latestPlanVersion });
            const last = result.rows[result.rows.length - 1];
            if (last) {
              insertRows(result.rows);
              s.setHead().run(last.position, last.hash);
            }
            return result;
          })
          .immediate();
      try {
        return attempt(key.ids.length === 1);
      } catch (error) {
        const duplicateId =
          (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
          String((error as Error).message).includes("events.event_id");
        if (!duplicateId) throw mapSqliteError(error, path);
        return guard(() => attempt(true));
      }
    },
    async head() {
      return guard(() => s.head().get() as { position: number; hash: string });
    },
    async streamVersion(plan, activity) {
      return guard(() => (s.streamVersion().get(plan, activity) as { v: number }).v);
    },
    async *readEvents(filter: EventFilter, batchSize: number) {
      let after = filter.afterPosition;
      let left = filter.limit ?? Number.POSITIVE_INFINITY;
      while (left > 0) {
        const size = Math.min(batchSize, left);
        const rows = guard(
          () =>
            (filter.plan === undefined
              ? s.readAll().all(after, size)
              : filter.activity === undefined
                ? s.readPlan().all(filter.plan, after, size)
                : s.readStream().all(filter.plan, filter.activity, after, size)) as EventRow[],
        );
        if (rows.length === 0) return;
        left -= rows.length;
        after = rows[rows.length - 1]?.position ?? after;
        yield rows;
        if (rows.length < size) return;
      }
    },
    async countEvents(plan, afterPosition) {
      return guard(() => (s.count().get(plan, afterPosition) as { n: number }).n);
    },
    async savePlan(plan, build) {
      return guard(() =>
        db
          .transaction(() => {
            const latest = (s.latestPlan().get(plan) as PlanRow | undefined) ?? null;
            const row = build(latest);
            if (!row) {
              if (!latest) throw new Error("savePlan: nothing to keep");
              return { row: latest, inserted: false };
            }
            s.insertPlan().run(row);
            return { row, inserted: true };
          })
          .immediate(),
      );
    },
    async getPlan(plan, version) {
      return guard(
        () =>
          ((version === undefined ? s.latestPlan().get(plan) : s.planVersion().get(plan, version)) as
            | PlanRow
            | undefined) ?? null,
      );
    },
    async listPlans(plan) {
      return guard(
        () =>
          (plan === undefined ? s.latestPlans().all() : s.planVersions().all(plan)) as Omit<
            PlanRow,
            "body"
          >[],
      );
    },
    async saveSnapshot(row: SnapshotRow) {
      guard(() => s.insertSnapshot().run(row));
    },
    async latestSnapshot(plan, stream, machineVersion) {
      return guard(
        () =>
          ((machineVersion === undefined
            ? s.latestSnapshot().get(plan, stream)
            : s.latestSnapshotOf().get(plan, stream, machineVersion)) as SnapshotRow | undefined) ?? null,
      );
    },
    async insertUser(row: UserRow) {
      try {
        s.insertUser().run({ ...row, disabled: row.disabled ? 1 : 0 });
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE")
          throw usernameTaken(row.username);
        throw mapSqliteError(error, path);
      }
    },
    async getUser(by) {
      return guard(() =>
        toUser(("id" in by ? s.userById().get(by.id) : s.userByName().get(by.username)) as RawUser),
      );
    },
    async listUsers() {
      return guard(() => (s.users().all() as RawUser[]).map((r) => toUser(r) as UserRow));
    },
    async updateUser(row) {
      guard(() => s.updateUser().run({ ...row, disabled: row.disabled ? 1 : 0 }));
    },
    async insertSession(row: SessionRow) {
      guard(() => s.insertSession().run(row));
    },
    async getSession(tokenHash) {
      return guard(() => (s.session().get(tokenHash) as SessionRow | undefined) ?? null);
    },
    async deleteSessions(by) {
      return guard(
        () =>
          ("tokenHash" in by
            ? s.deleteSession().run(by.tokenHash)
            : "userId" in by
              ? s.deleteUserSessions().run(by.userId)
              : s.deleteExpired().run(by.expiredBefore)
          ).changes,
      );
    },
    async backup(file) {
      if (memory) {
        throw new StoreError("store.unsupported", {
          vi: "cơ sở dữ liệu SQLite trong bộ nhớ không sao lưu được; hãy xuất sự kiện (export-events)",
          en: "an in-memory SQLite database cannot be backed up; export its events instead",
        });
      }
      const target = resolve(file);
      try {
        mkdirSync(dirname(target), { recursive: true });
        await db.backup(target);
      } catch (error) {
        throw mapSqliteError(error, target);
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return backend;
}

function usernameTaken(username: string): StoreError {
  return new StoreError(
    "account.username-taken",
    { vi: `tên đăng nhập "${username}" đã có người dùng`, en: `username "${username}" is already taken` },
    { username },
  );
}
