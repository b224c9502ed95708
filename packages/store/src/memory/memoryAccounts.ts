import type { AccountBackend, SessionRow, UserRow } from "../backend/Backend";
import { usernameTaken } from "../StoreError";

/** Users and their sessions in memory. */
export function memoryAccounts(): AccountBackend {
  const users = new Map<string, UserRow>();
  const sessions = new Map<string, SessionRow>();
  return {
    async insertUser(row) {
      for (const u of users.values()) if (u.username === row.username) throw usernameTaken(row.username);
      users.set(row.id, { ...row });
    },
    async getUser(by) {
      if ("id" in by) {
        const row = users.get(by.id);
        return row ? { ...row } : null;
      }
      for (const u of users.values()) if (u.username === by.username) return { ...u };
      return null;
    },
    async listUsers() {
      return [...users.values()].sort((a, b) => (a.username < b.username ? -1 : 1)).map((u) => ({ ...u }));
    },
    async updateUser(row) {
      if (users.has(row.id)) users.set(row.id, { ...row });
    },
    async insertSession(row) {
      sessions.set(row.tokenHash, { ...row });
    },
    async getSession(tokenHash) {
      const row = sessions.get(tokenHash);
      return row ? { ...row } : null;
    },
    async deleteSessions(by) {
      let n = 0;
      for (const [key, row] of sessions) {
        const hit =
          "tokenHash" in by
            ? key === by.tokenHash
            : "userId" in by
              ? row.userId === by.userId
              : row.expiresAt <= by.expiredBefore;
        if (hit) {
          sessions.delete(key);
          n++;
        }
      }
      return n;
    },
  };
}
