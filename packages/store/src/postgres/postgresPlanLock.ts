import type pg from "pg";
import { mapPostgresError } from "./mapPostgresError";

/**
 * The first key of every plan's write lock: `pg_advisory_lock(PLAN_LOCK_SPACE,
 * hashtext(plan))` lives in the two-key space, apart from the one-key locks
 * of migrations and plan saves.
 */
const PLAN_LOCK_SPACE = 0x6b6568;

/**
 * Runs `task` holding the plan's session advisory lock, on a client of
 * `lockPool` (a pool of its own: a task holding the lock still gets clients of
 * the store's pool, so locks can never starve the queries they wait for).
 * Unlocks when `task` settles; a client whose unlock fails is destroyed, which
 * ends its session and so its lock.
 */
export async function withPostgresPlanLock<T>(
  lockPool: pg.Pool,
  url: string,
  plan: string,
  task: () => Promise<T>,
): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await lockPool.connect();
  } catch (error) {
    throw mapPostgresError(error, url);
  }
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock($1, hashtext($2))", [PLAN_LOCK_SPACE, plan]);
  } catch (error) {
    client.release(error instanceof Error ? error : new Error(String(error)));
    throw mapPostgresError(error, url);
  }
  try {
    return await task();
  } finally {
    await client
      .query("SELECT pg_advisory_unlock($1, hashtext($2))", [PLAN_LOCK_SPACE, plan])
      .catch((error: unknown) => {
        broken = error instanceof Error ? error : new Error(String(error));
      });
    client.release(broken);
  }
}
