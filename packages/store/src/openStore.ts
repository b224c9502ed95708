import { z } from "zod";
import { createStore, type StoreOptions } from "./createStore";
import { openMemoryBackend } from "./memory/openMemoryBackend";
import type { Migration } from "./migrations";
import { parseStoreUrl } from "./parseStoreUrl";
import { openPostgresBackend } from "./postgres/openPostgresBackend";
import type { Store } from "./Store";
import { openSqliteBackend } from "./sqlite/openSqliteBackend";
import { validateInput } from "./validateInput";

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

const optionsSchema = z.looseObject({
  migrate: z.boolean().optional(),
  create: z.boolean().optional(),
  poolSize: z.number().int().positive().max(1000).optional(),
  busyTimeoutMs: z.number().int().nonnegative().optional(),
  synchronous: z.enum(["full", "normal"]).optional(),
  maxPages: z.number().int().positive().optional(),
  sessionTtlMs: z.number().int().positive().optional(),
});

/**
 * Opens a store: `memory:` (plain JavaScript, for tests), an SQLite file
 * (`sqlite:PATH`, `file:PATH` or a bare path; the default is
 * `data/kehoach.sqlite`) or PostgreSQL (`postgres://user:pass@host:port/db`).
 * Pending schema migrations run in transactions; a database from a newer
 * version is refused with `schema.newer`. Raises {@link StoreError} on failure.
 *
 * @example
 * const store = await openStore("sqlite:data/kehoach.sqlite");
 * await store.append({ plan: "thanh-xuan-70", activity: "t1-2.2", expectedVersion: 0, events: [event] });
 */
export async function openStore(url?: string, options: OpenStoreOptions = {}): Promise<Store> {
  validateInput(optionsSchema, options, "openStore options");
  const location = parseStoreUrl(url);
  switch (location.kind) {
    case "memory":
      return createStore(openMemoryBackend(), options);
    case "sqlite":
      return createStore(
        openSqliteBackend(location.file, {
          synchronous: options.synchronous ?? location.synchronous,
          maxPages: options.maxPages ?? location.maxPages,
          busyTimeoutMs: options.busyTimeoutMs,
          migrate: options.migrate,
          create: options.create,
          migrations: options.migrations,
        }),
        options,
      );
    case "postgres":
      return createStore(
        await openPostgresBackend(location.connectionString, location.redacted, {
          poolSize: options.poolSize,
          migrate: options.migrate,
          create: options.create,
          migrations: options.migrations,
        }),
        options,
      );
  }
}
