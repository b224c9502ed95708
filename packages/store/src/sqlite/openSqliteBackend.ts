import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Backend } from "../backend/Backend";
import type { Migration } from "../migrations";
import { StoreError } from "../StoreError";
import { mapSqliteError } from "./mapSqliteError";
import { openSqliteDatabase } from "./openSqliteDatabase";
import { sqliteAccounts } from "./sqliteAccounts";
import { sqliteCommitThread } from "./sqliteCommitThread";
import { sqliteEvents } from "./sqliteEvents";
import { sqlitePlans } from "./sqlitePlans";
import { sqliteStatements } from "./sqliteStatements";

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

/**
 * Opens (creating when missing) an SQLite database as a store backend: WAL
 * journal, `synchronous=FULL`, a busy timeout for other processes, and
 * migrations applied in transactions. `file` may be ":memory:".
 */
export async function openSqliteBackend(file: string, options: SqliteBackendOptions = {}): Promise<Backend> {
  const { db, path, memory, schema } = await openSqliteDatabase(file, options);
  const statements = sqliteStatements(db);
  // A file database commits groups in a thread of its own; `:memory:` cannot be shared with one.
  const { synchronous, busyTimeoutMs, maxPages } = options;
  const thread = memory
    ? null
    : sqliteCommitThread({ path, options: { synchronous, busyTimeoutMs, maxPages } });
  return {
    kind: "sqlite",
    url: `sqlite:${path}`,
    schema,
    ...sqliteEvents(db, path, statements, thread),
    ...sqlitePlans(db, path, statements),
    ...sqliteAccounts(path, statements),
    async backup(target) {
      if (memory) {
        throw new StoreError("store.unsupported", {
          vi: "cơ sở dữ liệu SQLite trong bộ nhớ không sao lưu được; hãy xuất sự kiện (export-events)",
          en: "an in-memory SQLite database cannot be backed up; export its events instead",
        });
      }
      const to = resolve(target);
      try {
        mkdirSync(dirname(to), { recursive: true });
        await db.backup(to);
      } catch (error) {
        throw mapSqliteError(error, to);
      }
    },
    async close() {
      await thread?.close();
      if (db.open) db.close();
    },
  };
}
