import pg from "pg";
import { mapPostgresError } from "./mapPostgresError";

/** BIGINT (oid 20) as a JavaScript number: positions stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** Creates the connection pool of a store (BIGINT read as numbers; idle clients that drop are replaced). */
export function createPostgresPool(
  connectionString: string,
  options: { poolSize?: number; connectTimeoutMs?: number },
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types,
  });
  pool.on("error", () => {
    // An idle client lost its connection: the pool replaces it on next use.
  });
  return pool;
}

/** Runs `fn` between BEGIN and COMMIT on one client; rolls back when it throws. */
export async function inTransaction<T>(client: pg.PoolClient, fn: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await fn();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** How the adapter's modules reach the database: pooled queries and a borrowed client, driver errors made bilingual. */
export interface PostgresConnection {
  pool: pg.Pool;
  /** The URL without its password, for messages. */
  url: string;
  /** One pooled query; answers its rows. */
  query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Borrows a client for `fn` and gives it back. */
  withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
}

/** The {@link PostgresConnection} over a pool. */
export function postgresConnection(pool: pg.Pool, url: string): PostgresConnection {
  return {
    pool,
    url,
    async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
      try {
        return (await pool.query<R>(sql, params)).rows;
      } catch (error) {
        throw mapPostgresError(error, url);
      }
    },
    async withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw mapPostgresError(error, url);
      }
      try {
        return await fn(client);
      } catch (error) {
        throw mapPostgresError(error, url);
      } finally {
        client.release();
      }
    },
  };
}
