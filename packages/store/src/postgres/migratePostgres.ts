import type pg from "pg";
import { type MigrationTarget, runMigrations } from "../backend/runMigrations";
import { MIGRATIONS_TABLE_SQL, type Migration } from "../migrations";
import type { SchemaInfo } from "../Store";
import { storeNotFound } from "../StoreError";
import { mapPostgresError } from "./mapPostgresError";
import { inTransaction } from "./postgresConnection";

/** The advisory lock every process takes while it migrates, so two never migrate at once. */
const MIGRATION_LOCK = 7_242_024;

/**
 * Runs pending migrations on one client of the pool, each in a transaction
 * under the migration advisory lock. With `create: false`, a database that
 * holds no store is refused with `store.not-found` and nothing is created.
 */
export async function migratePostgres(
  pool: pg.Pool,
  url: string,
  list: readonly Migration[],
  { migrate, create }: { migrate: boolean; create: boolean },
): Promise<SchemaInfo> {
  const client = await pool.connect();
  try {
    if (!create) {
      const found = await client.query(
        "SELECT to_regclass('kehoach_schema_migrations') IS NOT NULL AS found",
      );
      if (found.rows[0]?.found !== true) throw storeNotFound(url);
    }
    return await runMigrations(postgresMigrationTarget(client, url), list, migrate);
  } finally {
    client.release();
  }
}

function postgresMigrationTarget(client: pg.PoolClient, url: string): MigrationTarget {
  const current = async () =>
    Number(
      (await client.query("SELECT coalesce(max(version), 0) AS v FROM kehoach_schema_migrations")).rows[0]?.v,
    );
  const lock = () => client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
  return {
    name: url,
    details: { url },
    prepare: () =>
      inTransaction(client, async () => {
        await lock();
        await client.query(MIGRATIONS_TABLE_SQL);
        return current();
      }),
    current,
    apply: (migration) =>
      inTransaction(client, async () => {
        await lock();
        if ((await current()) >= migration.version) return false;
        for (const statement of migration.postgres) await client.query(statement);
        await client.query(
          "INSERT INTO kehoach_schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
          [migration.version, migration.name, new Date().toISOString()],
        );
        return true;
      }),
    mapError: (error) => mapPostgresError(error, url),
  };
}
