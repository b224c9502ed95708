import type Database from "better-sqlite3";
import type { ChainHead, EventBackend, EventRow } from "../backend/Backend";
import { paginateEvents } from "../backend/paginateEvents";
import { mapSqliteError } from "./mapSqliteError";
import { sqliteAppends } from "./sqliteAppends";
import type { SqliteCommitThread } from "./sqliteCommitThread";
import type { SqliteStatements } from "./sqliteStatements";

/** Runs `fn`, turning a driver error into a bilingual StoreError naming `path`. */
export function guardSqlite<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw mapSqliteError(error, path);
  }
}

/**
 * The event log on SQLite: appends under the database's write lock (IMMEDIATE
 * transactions) and paged reads. Group commits (`appendMany`) go to `thread`
 * when given (a file database: its commit thread, so the write and the fsync
 * leave the event loop); single appends and `:memory:` databases run here.
 */
export function sqliteEvents(
  db: Database.Database,
  path: string,
  s: SqliteStatements,
  thread: SqliteCommitThread | null,
): EventBackend {
  const appends = sqliteAppends(db, s);
  const guard = <T>(fn: () => T): T => guardSqlite(path, fn);
  return {
    async append(item) {
      // Fast path: assume no id of the batch is stored yet and let the UNIQUE index check it; when
      // it fires, the transaction is rolled back and the append is planned again with the stored rows.
      try {
        return appends.append(item, item.key.ids.length === 1);
      } catch (error) {
        const duplicateId =
          (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
          String((error as Error).message).includes("events.event_id");
        if (!duplicateId) throw mapSqliteError(error, path);
        return guard(() => appends.append(item, true));
      }
    },
    async appendMany(items) {
      // One IMMEDIATE transaction (one commit, one fsync); each append in its own savepoint, so a
      // refused one is rolled back alone.
      if (thread) return thread.appendMany(items);
      return guard(() => appends.appendMany(items));
    },
    async head() {
      return guard(() => s.head().get() as ChainHead);
    },
    async streamVersion(plan, activity) {
      return guard(() => (s.streamVersion().get(plan, activity) as { v: number }).v);
    },
    readEvents(filter, batchSize) {
      const { plan, activity } = filter;
      return paginateEvents(filter, batchSize, (after, size) =>
        guard(
          () =>
            (plan === undefined
              ? s.readAll().all(after, size)
              : activity === undefined
                ? s.readPlan().all(plan, after, size)
                : s.readStream().all(plan, activity, after, size)) as EventRow[],
        ),
      );
    },
    async countEvents(plan, afterPosition) {
      return guard(() => (s.count().get(plan, afterPosition) as { n: number }).n);
    },
  };
}
