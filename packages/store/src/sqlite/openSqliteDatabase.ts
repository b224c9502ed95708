import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { type MigrationTarget, runMigrations } from "../backend/runMigrations";
import { migrations as allMigrations, LATEST_SCHEMA_VERSION, MIGRATIONS_TABLE_SQL } from "../migrations";
import type { SchemaInfo } from "../Store";
import { StoreError, storeNotFound } from "../StoreError";
import { mapSqliteError } from "./mapSqliteError";
import type { SqliteBackendOptions } from "./openSqliteBackend";

/** An open SQLite database at the current schema. */
export interface SqliteDatabase {
  db: Database.Database;
  /** The absolute path, or ":memory:". */
  path: string;
  memory: boolean;
  schema: SchemaInfo;
}

/**
 * Opens (creating when allowed) the database file, sets its pragmas (WAL,
 * `synchronous`, busy timeout, foreign keys, size limit) and runs pending
 * migrations. Raises a bilingual {@link StoreError}; the file is closed then.
 */
export async function openSqliteDatabase(
  file: string,
  options: SqliteBackendOptions,
): Promise<SqliteDatabase> {
  const memory = file === ":memory:";
  const path = memory ? file : resolve(file);
  const mustExist = !memory && options.create === false;
  let db: Database.Database;
  try {
    if (mustExist && !existsSync(path)) throw storeNotFound(path);
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { fileMustExist: mustExist });
  } catch (error) {
    throw mapSqliteError(error, path);
  }
  try {
    // Checked before any pragma: journal_mode = WAL would already change a file that is not ours.
    if (mustExist && !hasMigrationsTable(db)) throw storeNotFound(path);
    setPragmas(db, memory, options);
    const list = options.migrations ?? allMigrations;
    const schema = await runMigrations(sqliteMigrationTarget(db, path), list, options.migrate ?? true);
    if (schema.to < LATEST_SCHEMA_VERSION && !options.migrations) {
      throw new StoreError("schema.outdated", {
        vi: `lược đồ của "${path}" chưa được nâng cấp`,
        en: `the schema of "${path}" was not upgraded`,
      });
    }
    return { db, path, memory, schema };
  } catch (error) {
    db.close();
    throw mapSqliteError(error, path);
  }
}

function hasMigrationsTable(db: Database.Database): boolean {
  return (
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kehoach_schema_migrations'")
      .get() !== undefined
  );
}

/** Sets a connection's pragmas: busy timeout, WAL (files), `synchronous`, foreign keys, size limit. */
export function setPragmas(
  db: Database.Database,
  memory: boolean,
  options: Pick<SqliteBackendOptions, "busyTimeoutMs" | "synchronous" | "maxPages">,
): void {
  db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 10_000)}`);
  if (!memory) db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous === "normal" ? "NORMAL" : "FULL"}`);
  db.pragma("foreign_keys = ON");
  if (options.maxPages !== undefined) db.pragma(`max_page_count = ${Math.trunc(options.maxPages)}`);
}

/** Migrations on SQLite: each in an IMMEDIATE transaction (the write lock), skipped when another process applied it. */
function sqliteMigrationTarget(db: Database.Database, path: string): MigrationTarget {
  const current = () =>
    (db.prepare("SELECT max(version) AS v FROM kehoach_schema_migrations").get() as { v: number | null }).v ??
    0;
  return {
    name: `"${path}"`,
    details: { file: path },
    prepare() {
      db.exec(MIGRATIONS_TABLE_SQL);
      return current();
    },
    current,
    apply(migration) {
      return db
        .transaction(() => {
          if (current() >= migration.version) return false;
          for (const statement of migration.sqlite) db.exec(statement);
          db.prepare(
            "INSERT INTO kehoach_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
          ).run(migration.version, migration.name, new Date().toISOString());
          return true;
        })
        .immediate();
    },
    mapError: (error) => mapSqliteError(error, path),
  };
}
