import { z } from "zod";
import type { StoreOptions } from "./createStore";
import type { Migration } from "./migrations";

/** Options of {@link openStore}. */
export interface OpenStoreOptions extends StoreOptions {
  /** Run pending schema migrations while opening (default true). When false, an outdated database is refused. */
  migrate?: boolean;
  /**
   * Create the store when it does not exist (default true). When false, a missing SQLite file, or a
   * database (SQLite or PostgreSQL) that holds no kehoach store, is refused with `store.not-found`
   * and nothing is created: what read-only commands such as `kehoach db verify` use.
   */
  create?: boolean;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
  /** SQLite: milliseconds to wait for another process's write lock (default 10,000). */
  busyTimeoutMs?: number;
  /** SQLite: `"full"` (default, durable) or `"normal"`. Overrides `?synchronous=` in the URL. */
  synchronous?: "full" | "normal";
  /** SQLite: a size limit in 4 KiB pages. Overrides `?maxPages=` in the URL. */
  maxPages?: number;
  /** Advanced: the migrations to run instead of this library's (tests of failing migrations). */
  migrations?: readonly Migration[];
}

/** Validates {@link OpenStoreOptions} (unknown keys pass: `StoreOptions` has more). */
export const OpenStoreOptionsSchema = z.looseObject({
  migrate: z.boolean().optional(),
  create: z.boolean().optional(),
  poolSize: z.number().int().positive().max(1000).optional(),
  busyTimeoutMs: z.number().int().nonnegative().optional(),
  synchronous: z.enum(["full", "normal"]).optional(),
  maxPages: z.number().int().positive().optional(),
  sessionTtlMs: z.number().int().positive().optional(),
});
