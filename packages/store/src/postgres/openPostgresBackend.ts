import type { Backend } from "../backend/Backend";
import { migrations as allMigrations, type Migration } from "../migrations";
import { StoreError } from "../StoreError";
import { mapPostgresError } from "./mapPostgresError";
import { migratePostgres } from "./migratePostgres";
import { postgresAccounts } from "./postgresAccounts";
import { createPostgresPool, postgresConnection } from "./postgresConnection";
import { postgresEvents } from "./postgresEvents";
import { listenPostgres } from "./postgresNotify";
import { withPostgresPlanLock } from "./postgresPlanLock";
import { postgresPlans } from "./postgresPlans";

/** Options of the PostgreSQL adapter. */
export interface PostgresBackendOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  /** Create the store's tables when missing (default true); when false, refuse with `store.not-found`. */
  create?: boolean;
  /** The migrations to apply (default: this library's). */
  migrations?: readonly Migration[];
  /** Milliseconds to wait for a connection (default 10,000). */
  connectTimeoutMs?: number;
}

/**
 * Connects to PostgreSQL as a store backend: a connection pool, migrations
 * under an advisory lock, and appends serialised on the chain head row
 * (`SELECT … FOR UPDATE`) so the global order is gapless and the hash chain
 * stays linear while many offices write at once; each commit notifies
 * `kehoach_events` (plan id and last position) for other processes' `LISTEN`,
 * and plan write locks are session advisory locks.
 */
export async function openPostgresBackend(
  connectionString: string,
  redacted: string,
  options: PostgresBackendOptions = {},
): Promise<Backend> {
  const pool = createPostgresPool(connectionString, options);
  let schema: Backend["schema"];
  try {
    schema = await migratePostgres(pool, redacted, options.migrations ?? allMigrations, {
      migrate: options.migrate ?? true,
      create: options.create ?? true,
    });
  } catch (error) {
    await pool.end().catch(() => {});
    throw mapPostgresError(error, redacted);
  }
  const connection = postgresConnection(pool, redacted);
  // The plan locks' own small pool, made on first use (see withPostgresPlanLock).
  let lockPool: ReturnType<typeof createPostgresPool> | null = null;
  return {
    kind: "postgres",
    url: redacted,
    schema,
    ...postgresEvents(connection),
    ...postgresPlans(connection),
    ...postgresAccounts(connection),
    async backup() {
      throw new StoreError("store.unsupported", {
        vi: "sao lưu PostgreSQL bằng pg_dump (hoặc sao lưu của máy chủ); lệnh backup chỉ dành cho SQLite",
        en: "back up PostgreSQL with pg_dump (or the server's own backups); backup is for SQLite only",
      });
    },
    listen: (onChange) => listenPostgres(connectionString, redacted, onChange),
    lockPlan(plan, task) {
      lockPool ??= createPostgresPool(connectionString, { ...options, poolSize: 4 });
      return withPostgresPlanLock(lockPool, redacted, plan, task);
    },
    async close() {
      await Promise.all([pool.end(), lockPool?.end()]);
    },
  };
}
