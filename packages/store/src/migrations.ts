/** One schema migration, in both SQL dialects. Each runs in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sqlite: string[];
  postgres: string[];
}

/** Every schema migration, oldest first. A store refuses to open a database whose version is newer. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "plans, event log, chain head, snapshots",
    sqlite: [
      `CREATE TABLE plans (
        plan_id TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL, hash TEXT NOT NULL,
        body TEXT NOT NULL, created_at TEXT NOT NULL, note TEXT, PRIMARY KEY (plan_id, version))`,
      `CREATE TABLE events (
        position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL, plan_version INTEGER,
        activity TEXT NOT NULL, ward TEXT, stream_version INTEGER NOT NULL, type TEXT NOT NULL,
        by_unit TEXT NOT NULL, by_person TEXT, at TEXT NOT NULL, machine_version TEXT NOT NULL,
        payload TEXT NOT NULL, recorded_at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
        UNIQUE (plan_id, activity, stream_version))`,
      "CREATE INDEX events_plan_position ON events (plan_id, position)",
      `CREATE TABLE chain_head (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL, hash TEXT NOT NULL)`,
      `INSERT INTO chain_head (id, position, hash) VALUES (1, 0, '${"0".repeat(64)}')`,
      `CREATE TABLE snapshots (
        plan_id TEXT NOT NULL, stream TEXT NOT NULL, version INTEGER NOT NULL, machine_version TEXT NOT NULL,
        data TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (plan_id, stream, machine_version, version))`,
    ],
    postgres: [
      `CREATE TABLE plans (
        plan_id TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL, hash TEXT NOT NULL,
        body TEXT NOT NULL, created_at TEXT NOT NULL, note TEXT, PRIMARY KEY (plan_id, version))`,
      `CREATE TABLE events (
        position BIGINT PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL, plan_version INTEGER,
        activity TEXT NOT NULL, ward TEXT, stream_version INTEGER NOT NULL, type TEXT NOT NULL,
        by_unit TEXT NOT NULL, by_person TEXT, at TEXT NOT NULL, machine_version TEXT NOT NULL,
        payload TEXT NOT NULL, recorded_at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
        UNIQUE (plan_id, activity, stream_version))`,
      "CREATE INDEX events_plan_position ON events (plan_id, position)",
      `CREATE TABLE chain_head (id INTEGER PRIMARY KEY CHECK (id = 1), position BIGINT NOT NULL, hash TEXT NOT NULL)`,
      `INSERT INTO chain_head (id, position, hash) VALUES (1, 0, '${"0".repeat(64)}')`,
      `CREATE TABLE snapshots (
        plan_id TEXT NOT NULL, stream TEXT NOT NULL, version BIGINT NOT NULL, machine_version TEXT NOT NULL,
        data TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (plan_id, stream, machine_version, version))`,
    ],
  },
  {
    version: 2,
    name: "accounts and sessions",
    sqlite: [
      `CREATE TABLE users (
        id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
        unit_id TEXT, ward_id TEXT, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      `CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL, expires_at TEXT NOT NULL)`,
      "CREATE INDEX sessions_user ON sessions (user_id)",
      "CREATE INDEX sessions_expiry ON sessions (expires_at)",
    ],
    postgres: [
      `CREATE TABLE users (
        id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
        unit_id TEXT, ward_id TEXT, password_hash TEXT NOT NULL, disabled BOOLEAN NOT NULL DEFAULT FALSE,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      `CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL, expires_at TEXT NOT NULL)`,
      "CREATE INDEX sessions_user ON sessions (user_id)",
      "CREATE INDEX sessions_expiry ON sessions (expires_at)",
    ],
  },
];

/** The newest schema version of this library. */
export const LATEST_SCHEMA_VERSION: number = migrations[migrations.length - 1]?.version ?? 0;

/** The table that records applied migrations (same in both dialects). */
export const MIGRATIONS_TABLE_SQL =
  "CREATE TABLE IF NOT EXISTS kehoach_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
