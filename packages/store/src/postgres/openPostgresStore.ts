import { createStore } from "../createStore";
import { type OpenStoreOptions, OpenStoreOptionsSchema } from "../openStoreOptions";
import { parseStoreUrl } from "../parseStoreUrl";
import type { Store } from "../Store";
import { StoreError } from "../StoreError";
import { validateInput } from "../validateInput";
import { openPostgresBackend } from "./openPostgresBackend";

/**
 * Opens a PostgreSQL store (`postgres://user:pass@host:port/db`), creating its
 * tables and running pending migrations unless `options` say otherwise. What
 * `openStore("postgres://…")` does, without loading the SQLite driver.
 * Raises a `StoreError` (from `@kehoach/store`) on failure (messages name the URL without its password).
 *
 * @example
 * ```ts no-run (needs a running PostgreSQL server; the store's PostgreSQL tests start their own)
 * import { openPostgresStore } from "@kehoach/store/postgres";
 *
 * const store = await openPostgresStore("postgres://kehoach:secret@localhost:5432/kehoach", { poolSize: 4 });
 * store.kind; // "postgres"
 * await store.close();
 * ```
 */
export async function openPostgresStore(
  connectionString: string,
  options: OpenStoreOptions = {},
): Promise<Store> {
  validateInput(OpenStoreOptionsSchema, options, "openPostgresStore options");
  const location = parseStoreUrl(connectionString);
  if (location.kind !== "postgres") {
    throw new StoreError("store.bad-url", {
      vi: "openPostgresStore cần một địa chỉ postgres://người_dùng:mật_khẩu@máy:cổng/csdl",
      en: "openPostgresStore needs a postgres://user:password@host:port/db URL",
    });
  }
  const backend = await openPostgresBackend(location.connectionString, location.redacted, {
    poolSize: options.poolSize,
    migrate: options.migrate,
    create: options.create,
    migrations: options.migrations,
  });
  return createStore(backend, options);
}
