import type Database from "better-sqlite3";
import type { EventRow } from "../backend/Backend";
import { EVENT_INSERT_COLUMNS_SQL, EVENT_ROW_FIELDS } from "../backend/eventRowFields";

const ROW_PLACEHOLDERS = `(${EVENT_ROW_FIELDS.map(() => "?").join(", ")})`;
/** Rows per INSERT statement: 16 columns × 64 rows = 1,024 parameters, far below SQLite's limit. */
const ROWS_PER_INSERT = 64;
const KEYS = EVENT_ROW_FIELDS.map((f) => f.key);

/**
 * Inserts event rows with multi-row INSERT statements and positional
 * parameters, one prepared statement per row count: a batch of 1,000 events
 * is 16 statement runs instead of 1,000. Answers the function that inserts.
 */
export function sqliteEventInserts(db: Database.Database): (rows: readonly EventRow[]) => void {
  const statements = new Map<number, Database.Statement>();
  const statement = (count: number): Database.Statement => {
    let prepared = statements.get(count);
    if (!prepared) {
      const values = Array.from({ length: count }, () => ROW_PLACEHOLDERS).join(", ");
      prepared = db.prepare(`INSERT INTO events (${EVENT_INSERT_COLUMNS_SQL}) VALUES ${values}`);
      statements.set(count, prepared);
    }
    return prepared;
  };
  return (rows) => {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const end = Math.min(start + ROWS_PER_INSERT, rows.length);
      const params: unknown[] = [];
      for (let i = start; i < end; i++) {
        const row = rows[i] as EventRow;
        for (const key of KEYS) params.push(row[key]);
      }
      statement(end - start).run(params);
    }
  };
}
