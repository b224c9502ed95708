import Database from "better-sqlite3";
import type { AppendKey, AppendState, ChainHead, EventBackend, EventRow } from "../backend/Backend";
import { paginateEvents } from "../backend/paginateEvents";
import { mapSqliteError } from "./mapSqliteError";
import { sqliteEventInserts } from "./sqliteEventInserts";
import type { SqliteStatements } from "./sqliteStatements";

/** Runs `fn`, turning a driver error into a bilingual StoreError naming `path`. */
export function guardSqlite<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw mapSqliteError(error, path);
  }
}

/** The event log on SQLite: appends under the database's write lock (IMMEDIATE transactions) and paged reads. */
export function sqliteEvents(db: Database.Database, path: string, s: SqliteStatements): EventBackend {
  const insertRows = sqliteEventInserts(db);
  const guard = <T>(fn: () => T): T => guardSqlite(path, fn);
  /** Reads the state, plans and writes one append; in a transaction (a savepoint when nested). */
  const appendOne = <T extends { rows: EventRow[] }>(
    key: AppendKey,
    plan: (state: AppendState) => T,
    lookup: boolean,
  ) =>
    db.transaction(() => {
      const existing: EventRow[] = [];
      for (const id of lookup ? key.ids : []) {
        const row = s.byId().get(id) as EventRow | undefined;
        if (row) existing.push(row);
      }
      const result = plan({
        head: s.head().get() as ChainHead,
        streamVersion: (s.streamVersion().get(key.plan, key.activity) as { v: number }).v,
        existing,
        latestPlanVersion: (s.latestPlanVersion().get(key.plan) as { v: number | null }).v,
      });
      const last = result.rows[result.rows.length - 1];
      if (last) {
        insertRows(result.rows);
        s.setHead().run(last.position, last.hash);
      }
      return result;
    });
  return {
    async append(key, plan) {
      // Fast path: assume no id of the batch is stored yet and let the UNIQUE index check it; when
      // it fires, the transaction is rolled back and the append is planned again with the stored rows.
      const attempt = (lookup: boolean) => appendOne(key, plan, lookup).immediate();
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
    async appendMany(items) {
      // One IMMEDIATE transaction (one commit, one fsync); each append in its own savepoint, so a
      // refused one is rolled back alone. Ids are looked up (no UNIQUE error aborts the group).
      type Outcome = Awaited<ReturnType<EventBackend["appendMany"]>>[number];
      const run = db.transaction(() =>
        items.map(({ key, plan }): Outcome => {
          try {
            return { ok: true, value: appendOne(key, plan, true)() };
          } catch (error) {
            if (error instanceof Database.SqliteError) throw error;
            return { ok: false, error };
          }
        }),
      );
      try {
        return run.immediate() as never;
      } catch (error) {
        throw mapSqliteError(error, path);
      }
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
