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
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { openStore } from "@kehoach/store";
 *
 * const store = await openStore("sqlite:data/kehoach.sqlite");
 * const saved = await store.savePlan(JSON.parse(await readFile("plan.json", "utf8"))); // from `kehoach import`
 * const appended = await store.append({
 *   plan: saved.plan, // the plan's id
 *   activity: "t1-3.1",
 *   expectedVersion: 0, // fails with event.version-conflict if someone else wrote first
 *   events: [
 *     {
 *       id: "2024-03-01-ttvh-1",
 *       activity: "t1-3.1",
 *       type: "START",
 *       by: { unit: "trung-tam-van-hoa-thong-tin-the-thao" },
 *       at: "2024-03-01T08:00:00+07:00",
 *       payload: {},
 *       machineVersion: "1", // the activity machine's version (ACTIVITY_MACHINE_VERSION)
 *     },
 *   ],
 * });
 * appended.streamVersion; // 1
 * await store.close();
 * ```
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
