import Database from "better-sqlite3";
import type { AppendItem, ChainHead, EventRow } from "../backend/Backend";
import { type PlannedAppend, planAppend } from "../planAppend";
import { sqliteEventInserts } from "./sqliteEventInserts";
import type { SqliteStatements } from "./sqliteStatements";

/** What one append of a group came to: what was planned and written, or what its planning threw. */
export type SqliteAppendOutcome = { ok: true; value: PlannedAppend } | { ok: false; error: unknown };

/** The synchronous appends of one SQLite connection (see {@link sqliteAppends}). */
export interface SqliteAppends {
  /** One append in an IMMEDIATE transaction; with `lookup` false the UNIQUE index checks the ids. Throws the driver's error. */
  append(item: AppendItem, lookup: boolean): PlannedAppend;
  /** A group in one IMMEDIATE transaction (one commit, one fsync), each append in its own savepoint. Throws the driver's error. */
  appendMany(items: readonly AppendItem[]): SqliteAppendOutcome[];
}

/**
 * The appends of one SQLite connection, synchronous: each reads the state
 * under the write lock (`BEGIN IMMEDIATE`), plans, inserts the rows and moves
 * the head. Used on the event loop (`:memory:` databases, single appends) and
 * in the commit thread (`sqliteCommitThread`, group commits), so both write
 * exactly the same way.
 */
export function sqliteAppends(db: Database.Database, s: SqliteStatements): SqliteAppends {
  const insertRows = sqliteEventInserts(db);
  /** Reads the state, plans and writes one append; in a transaction (a savepoint when nested). */
  const appendOne = ({ key, request }: AppendItem, lookup: boolean) =>
    db.transaction(() => {
      const existing: EventRow[] = [];
      for (const id of lookup ? key.ids : []) {
        const row = s.byId().get(id) as EventRow | undefined;
        if (row) existing.push(row);
      }
      const result = planAppend(
        {
          head: s.head().get() as ChainHead,
          streamVersion: (s.streamVersion().get(key.plan, key.activity) as { v: number }).v,
          existing,
          latestPlanVersion: (s.latestPlanVersion().get(key.plan) as { v: number | null }).v,
        },
        request,
      );
      const last = result.rows[result.rows.length - 1];
      if (last) {
        insertRows(result.rows);
        s.setHead().run(last.position, last.hash);
      }
      return result;
    });
  return {
    append: (item, lookup) => appendOne(item, lookup).immediate(),
    appendMany(items) {
      // Ids are looked up (no UNIQUE error aborts the group); a driver error rolls the whole group back.
      const run = db.transaction(() =>
        items.map((item): SqliteAppendOutcome => {
          try {
            return { ok: true, value: appendOne(item, true)() };
          } catch (error) {
            if (error instanceof Database.SqliteError) throw error;
            return { ok: false, error };
          }
        }),
      );
      return run.immediate();
    },
  };
}
