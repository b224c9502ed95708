import type { Migration } from "../migrations";
import type { SchemaInfo } from "../Store";
import { StoreError } from "../StoreError";

/** What {@link runMigrations} needs from an adapter: its database's schema version and a way to apply one migration. */
export interface MigrationTarget {
  /** How messages name the database: `"data/kehoach.sqlite"` (quoted) or a URL without its password. */
  name: string;
  /** Details every schema error carries (`{ file }` or `{ url }`). */
  details: Record<string, unknown>;
  /** Creates the migrations table when missing and answers the version found. */
  prepare(): number | Promise<number>;
  /** The version now. */
  current(): number | Promise<number>;
  /** Applies one migration in its own transaction; false when another process applied it first. */
  apply(migration: Migration): boolean | Promise<boolean>;
  /** The adapter's bilingual error for a driver error (`store.internal` when it is none of the known kinds). */
  mapError(error: unknown): StoreError;
}

/**
 * Brings a database to the newest of `list`'s versions, one transaction per
 * migration, the same way on every SQL adapter. Refuses a database from a
 * newer library (`schema.newer`) and, unless `migrate`, an outdated one
 * (`schema.outdated`); a migration that fails is rolled back and reported
 * with the version the database stays at (`schema.migration-failed`).
 */
export async function runMigrations(
  target: MigrationTarget,
  list: readonly Migration[],
  migrate: boolean,
): Promise<SchemaInfo> {
  const latest = list[list.length - 1]?.version ?? 0;
  const from = await target.prepare();
  if (from > latest) throw schemaNewer(target, from, latest);
  const pending = list.filter((m) => m.version > from);
  if (pending.length > 0 && !migrate) throw schemaOutdated(target, from, latest);
  const applied: number[] = [];
  for (const migration of pending) {
    try {
      if (await target.apply(migration)) applied.push(migration.version);
    } catch (error) {
      const mapped = target.mapError(error);
      if (mapped.code !== "store.internal") throw mapped;
      throw migrationFailed(target, migration, await target.current(), mapped, error);
    }
  }
  return { from, to: await target.current(), applied, latest };
}

function schemaNewer(target: MigrationTarget, from: number, latest: number): StoreError {
  return new StoreError(
    "schema.newer",
    {
      vi: `cơ sở dữ liệu ${target.name} có lược đồ phiên bản ${from}, mới hơn phiên bản ${latest} mà @kehoach/store này biết; hãy nâng cấp @kehoach/store (không có gì bị thay đổi)`,
      en: `database ${target.name} has schema version ${from}, newer than version ${latest} this @kehoach/store knows; upgrade @kehoach/store (nothing was changed)`,
    },
    { ...target.details, found: from, latest },
  );
}

function schemaOutdated(target: MigrationTarget, from: number, latest: number): StoreError {
  return new StoreError(
    "schema.outdated",
    {
      vi: `cơ sở dữ liệu ${target.name} ở lược đồ phiên bản ${from}, cần ${latest}; hãy chạy "kehoach db migrate"`,
      en: `database ${target.name} is at schema version ${from}, needs ${latest}; run "kehoach db migrate"`,
    },
    { ...target.details, found: from, latest },
  );
}

function migrationFailed(
  target: MigrationTarget,
  migration: Migration,
  at: number,
  mapped: StoreError,
  cause: unknown,
): StoreError {
  return new StoreError(
    "schema.migration-failed",
    {
      vi: `chuyển đổi lược đồ ${migration.version} ("${migration.name}") thất bại và đã được hoàn tác; cơ sở dữ liệu vẫn ở phiên bản ${at}: ${mapped.en}`,
      en: `schema migration ${migration.version} ("${migration.name}") failed and was rolled back; the database stays at version ${at}: ${mapped.en}`,
    },
    { ...target.details, version: migration.version, at },
    { cause },
  );
}
