import { createStore } from "../createStore";
import { type OpenStoreOptions, OpenStoreOptionsSchema } from "../openStoreOptions";
import type { Store } from "../Store";
import { validateInput } from "../validateInput";
import { openSqliteBackend } from "./openSqliteBackend";

/**
 * Opens an SQLite store at `file` (a path; `":memory:"` for a throwaway one),
 * creating it and running pending migrations unless `options` say otherwise.
 * What `openStore("sqlite:PATH")` does, without loading the PostgreSQL driver.
 * Raises a `StoreError` (from `@kehoach/store`) on failure.
 *
 * @example
 * ```ts
 * import { openSqliteStore } from "@kehoach/store/sqlite";
 *
 * const store = await openSqliteStore("data/kehoach.sqlite");
 * store.kind; // "sqlite"
 * await store.close();
 * ```
 */
export async function openSqliteStore(file: string, options: OpenStoreOptions = {}): Promise<Store> {
  validateInput(OpenStoreOptionsSchema, options, "openSqliteStore options");
  const backend = await openSqliteBackend(file, {
    synchronous: options.synchronous,
    maxPages: options.maxPages,
    busyTimeoutMs: options.busyTimeoutMs,
    migrate: options.migrate,
    create: options.create,
    migrations: options.migrations,
  });
  return createStore(backend, options);
}
