import type { AccountBackend, SessionRow, UserRow } from "../backend/Backend";
import { usernameTaken } from "../StoreError";
import { mapPostgresError } from "./mapPostgresError";
import type { PostgresConnection } from "./postgresConnection";

const USER_COLUMNS = `id, username, display_name AS "displayName", role, unit_id AS unit, ward_id AS ward,
  password_hash AS "passwordHash", disabled, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Users and their sessions on PostgreSQL. */
export function postgresAccounts(connection: PostgresConnection): AccountBackend {
  const { query, pool, url } = connection;
  return {
    async insertUser(row) {
      try {
        await pool.query(
          `INSERT INTO users (id, username, display_name, role, unit_id, ward_id, password_hash, disabled, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          insertUserValues(row),
        );
      } catch (error) {
        if ((error as { code?: string }).code === "23505") throw usernameTaken(row.username);
        throw mapPostgresError(error, url);
      }
    },
    async getUser(by) {
      const rows =
        "id" in by
          ? await query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [by.id])
          : await query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1`, [by.username]);
      return rows[0] ?? null;
    },
    async listUsers() {
      return query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
    },
    async updateUser(row) {
      await query(
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
    async insertSession(row) {
      await query(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        [row.tokenHash, row.userId, row.createdAt, row.expiresAt],
      );
    },
    async getSession(tokenHash) {
      const rows = await query<SessionRow>(
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
        throw mapPostgresError(error, url);
      }
    },
  };
}

/** A user row's values in the column order of `insertUser`'s INSERT. */
function insertUserValues(row: UserRow): unknown[] {
  return [
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
  ];
}
