import { createStore } from "./createStore";
import { openMemoryBackend } from "./memory/openMemoryBackend";
import { type OpenStoreOptions, OpenStoreOptionsSchema } from "./openStoreOptions";
import { parseStoreUrl } from "./parseStoreUrl";
import type { Store } from "./Store";
import { validateInput } from "./validateInput";

export type { OpenStoreOptions } from "./openStoreOptions";

/**
 * Opens a store: `memory:` (plain JavaScript, for tests), an SQLite file
 * (`sqlite:PATH`, `file:PATH` or a bare path; the default is
 * `data/kehoach.sqlite`) or PostgreSQL (`postgres://user:pass@host:port/db`).
 * Pending schema migrations run in transactions; a database from a newer
 * version is refused with `schema.newer`. Raises {@link StoreError} on failure.
 * The SQLite and PostgreSQL drivers load on first use; `@kehoach/store/sqlite`
 * and `@kehoach/store/postgres` open one kind directly.
 *
 * @example
 * const store = await openStore("sqlite:data/kehoach.sqlite");
 * await store.append({ plan: "thanh-xuan-70", activity: "t1-2.2", expectedVersion: 0, events: [event] });
 */
export async function openStore(url?: string, options: OpenStoreOptions = {}): Promise<Store> {
  validateInput(OpenStoreOptionsSchema, options, "openStore options");
  const location = parseStoreUrl(url);
  switch (location.kind) {
    case "memory":
      return createStore(openMemoryBackend(), options);
    case "sqlite": {
      // Loaded on demand: a PostgreSQL user never loads better-sqlite3, nor an SQLite user pg.
      const { openSqliteStore } = await import("./sqlite/openSqliteStore");
      return openSqliteStore(location.file, {
        ...options,
        synchronous: options.synchronous ?? location.synchronous,
        maxPages: options.maxPages ?? location.maxPages,
      });
    }
    case "postgres": {
      const { openPostgresStore } = await import("./postgres/openPostgresStore");
      return openPostgresStore(location.connectionString, options);
    }
  }
}
