import type Database from "better-sqlite3";
import { EVENT_SELECT_SQL } from "../backend/eventRowFields";

const USER_COLUMNS = `id, username, display_name AS displayName, role, unit_id AS unit, ward_id AS ward,
  password_hash AS passwordHash, disabled, created_at AS createdAt, updated_at AS updatedAt`;
const PLAN_META = "plan_id AS plan, version, title, hash, created_at AS createdAt, note";
const SNAPSHOT_COLUMNS =
  "plan_id AS plan, stream, version, machine_version AS machineVersion, data, created_at AS createdAt";

/** Every statement of the SQLite adapter but the batch insert of events (see `sqliteEventInserts`). */
const SQLITE_SQL = {
  head: "SELECT position, hash FROM chain_head WHERE id = 1",
  setHead: "UPDATE chain_head SET position = ?, hash = ? WHERE id = 1",
  streamVersion:
    "SELECT coalesce(max(stream_version), 0) AS v FROM events WHERE plan_id = ? AND activity = ?",
  byId: `SELECT ${EVENT_SELECT_SQL} FROM events WHERE event_id = ?`,
  latestPlanVersion: "SELECT max(version) AS v FROM plans WHERE plan_id = ?",
  readAll: `SELECT ${EVENT_SELECT_SQL} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
  readPlan: `SELECT ${EVENT_SELECT_SQL} FROM events WHERE plan_id = ? AND position > ? ORDER BY position LIMIT ?`,
  readStream: `SELECT ${EVENT_SELECT_SQL} FROM events WHERE plan_id = ? AND activity = ? AND position > ?
    ORDER BY position LIMIT ?`,
  count: "SELECT count(*) AS n FROM events WHERE plan_id = ? AND position > ?",
  latestPlan: `SELECT ${PLAN_META}, body FROM plans WHERE plan_id = ? ORDER BY version DESC LIMIT 1`,
  planVersion: `SELECT ${PLAN_META}, body FROM plans WHERE plan_id = ? AND version = ?`,
  insertPlan: `INSERT INTO plans (plan_id, version, title, hash, body, created_at, note)
    VALUES (@plan, @version, @title, @hash, @body, @createdAt, @note)`,
  planVersions: `SELECT ${PLAN_META} FROM plans WHERE plan_id = ? ORDER BY version`,
  latestPlans: `SELECT p.plan_id AS plan, p.version, p.title, p.hash, p.created_at AS createdAt, p.note FROM plans p
    WHERE p.version = (SELECT max(version) FROM plans q WHERE q.plan_id = p.plan_id) ORDER BY p.plan_id`,
  insertSnapshot: `INSERT OR REPLACE INTO snapshots (plan_id, stream, version, machine_version, data, created_at)
    VALUES (@plan, @stream, @version, @machineVersion, @data, @createdAt)`,
  latestSnapshot: `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE plan_id = ? AND stream = ?
    ORDER BY version DESC, created_at DESC LIMIT 1`,
  latestSnapshotOf: `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE plan_id = ? AND stream = ? AND machine_version = ?
    ORDER BY version DESC LIMIT 1`,
  insertUser: `INSERT INTO users (id, username, display_name, role, unit_id, ward_id, password_hash,
    disabled, created_at, updated_at) VALUES (@id, @username, @displayName, @role, @unit, @ward, @passwordHash,
    @disabled, @createdAt, @updatedAt)`,
  updateUser: `UPDATE users SET display_name = @displayName, role = @role, unit_id = @unit,
    ward_id = @ward, password_hash = @passwordHash, disabled = @disabled, updated_at = @updatedAt WHERE id = @id`,
  userById: `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`,
  userByName: `SELECT ${USER_COLUMNS} FROM users WHERE username = ?`,
  users: `SELECT ${USER_COLUMNS} FROM users ORDER BY username`,
  insertSession: `INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
    VALUES (@tokenHash, @userId, @createdAt, @expiresAt)`,
  session: `SELECT token_hash AS tokenHash, user_id AS userId, created_at AS createdAt, expires_at AS expiresAt
    FROM sessions WHERE token_hash = ?`,
  deleteSession: "DELETE FROM sessions WHERE token_hash = ?",
  deleteUserSessions: "DELETE FROM sessions WHERE user_id = ?",
  deleteExpired: "DELETE FROM sessions WHERE expires_at <= ?",
} as const;

/** The adapter's statements by name, each prepared on first use. */
export type SqliteStatements = { readonly [name in keyof typeof SQLITE_SQL]: () => Database.Statement };

/**
 * The adapter's statements, prepared on first use, so a database left at an
 * older schema by custom migrations still opens.
 */
export function sqliteStatements(db: Database.Database): SqliteStatements {
  const lazy = (sql: string) => {
    let statement: Database.Statement | undefined;
    return () => {
      statement ??= db.prepare(sql);
      return statement;
    };
  };
  return Object.fromEntries(
    Object.entries(SQLITE_SQL).map(([name, sql]) => [name, lazy(sql)]),
  ) as unknown as SqliteStatements;
}
