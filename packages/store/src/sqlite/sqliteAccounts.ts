import type { AccountBackend, SessionRow, UserRow } from "../backend/Backend";
import { usernameTaken } from "../StoreError";
import { mapSqliteError } from "./mapSqliteError";
import { guardSqlite } from "./sqliteEvents";
import type { SqliteStatements } from "./sqliteStatements";

/** A user row as SQLite holds it (`disabled` as 0 or 1). */
type RawUser = Omit<UserRow, "disabled"> & { disabled: number };
const toUser = (row: RawUser | undefined): UserRow | null =>
  row ? { ...row, disabled: row.disabled !== 0 } : null;

/** Users and their sessions on SQLite. */
export function sqliteAccounts(path: string, s: SqliteStatements): AccountBackend {
  const guard = <T>(fn: () => T): T => guardSqlite(path, fn);
  return {
    async insertUser(row) {
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
    async insertSession(row) {
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
  };
}
