import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { type Migration, migrations, openStore, StoreError } from "../src/index";
import { makeEvent } from "./fixtures";
import { createPgDatabase, pgExec } from "./pgDatabase";
import { tempDir } from "./tempDir";

async function errorOf(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("expected a StoreError");
}

const broken = (): Migration[] => [
  ...migrations,
  {
    version: migrations.length + 1,
    name: "broken halfway",
    sqlite: ["CREATE TABLE half_done (x INTEGER)", "INSERT INTO no_such_table VALUES (1)"],
    postgres: ["CREATE TABLE half_done (x INTEGER)", "INSERT INTO no_such_table VALUES (1)"],
  },
];

const dir = tempDir();

describe("SQLite: bad input gives clear bilingual errors and writes nothing", () => {
  it("refuses a file that is not a database, and leaves it untouched", async () => {
    const file = join(dir, "garbage.sqlite");
    const bytes = randomBytes(8192);
    writeFileSync(file, bytes);
    const error = await errorOf(openStore(file));
    expect(error.code).toBe("store.corrupt");
    expect(error.vi).toContain("bị hỏng");
    expect(error.en).toContain("restore it from a backup");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("refuses a database whose pages were damaged", async () => {
    const file = join(dir, "damaged.sqlite");
    const store = await openStore(file);
    for (let i = 0; i < 200; i++)
      await store.append({ plan: "p", activity: "t1-1", events: [makeEvent("t1-1")] });
    await store.close();
    const bytes = readFileSync(file);
    randomBytes(bytes.length - 8192).copy(bytes, 8192);
    writeFileSync(file, bytes);
    const error = await errorOf(
      (async () => {
        const s = await openStore(file);
        try {
          await s.verify();
        } finally {
          await s.close();
        }
      })(),
    );
    expect(["store.corrupt", "schema.migration-failed"]).toContain(error.code);
  });

  it("refuses a database written by a newer version, changing nothing", async () => {
    const file = join(dir, "newer.sqlite");
    await (await openStore(file)).close();
    const db = new Database(file);
    db.prepare("INSERT INTO kehoach_schema_migrations VALUES (99, 'from the future', '2030-01-01')").run();
    db.close();
    const error = await errorOf(openStore(file));
    expect(error.code).toBe("schema.newer");
    expect(error.en).toContain("schema version 99, newer than version");
    expect(error.vi).toContain("hãy nâng cấp @kehoach/store");
  });

  it("rolls back a migration interrupted halfway and stays at the previous version", async () => {
    const file = join(dir, "interrupted.sqlite");
    const before = await openStore(file);
    await before.append({ plan: "p", activity: "t1-1", events: [makeEvent("t1-1")] });
    await before.close();
    const error = await errorOf(openStore(file, { migrations: broken() }));
    expect(error.code).toBe("schema.migration-failed");
    expect(error.en).toContain(`stays at version ${migrations.length}`);
    const db = new Database(file);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all();
    db.close();
    expect(tables).toEqual([]);
    const after = await openStore(file);
    expect(after.schema.to).toBe(migrations.length);
    expect((await after.verify()).ok).toBe(true);
    await after.close();
  });

  it("refuses an outdated schema when asked not to migrate", async () => {
    const file = join(dir, "old.sqlite");
    await (await openStore(file, { migrations: migrations.slice(0, 1) })).close();
    const error = await errorOf(openStore(file, { migrate: false }));
    expect(error.code).toBe("schema.outdated");
    expect(error.en).toContain("kehoach db migrate");
    const migrated = await openStore(file);
    expect(migrated.schema).toMatchObject({ from: 1, to: migrations.length, applied: [2] });
    await migrated.close();
  });

  it("on a full disk, fails the whole batch and keeps the log whole", async () => {
    const file = join(dir, "full.sqlite");
    const store = await openStore(`sqlite:${file}?maxPages=40`);
    let error: StoreError | undefined;
    let written = 0;
    for (let i = 0; i < 10_000 && !error; i++) {
      const events = Array.from({ length: 20 }, () =>
        makeEvent("t1-1", "PROGRESS", { payload: { note: "x".repeat(500) } }),
      );
      try {
        written += (await store.append({ plan: "p", activity: "t1-1", events })).appended;
      } catch (e) {
        if (!(e instanceof StoreError)) throw e;
        error = e;
      }
    }
    expect(error?.code).toBe("store.full");
    expect(error?.vi).toContain("không có gì được ghi");
    expect(await store.headPosition()).toBe(written);
    expect(await store.streamVersion("p", "t1-1")).toBe(written);
    expect(await store.verify()).toMatchObject({ ok: true, checked: written });
    await store.close();
  });

  it("with create: false, refuses a missing file or a database that is not a store, and creates nothing", async () => {
    const missing = join(dir, "not-here", "x.sqlite");
    const error = await errorOf(openStore(missing, { create: false }));
    expect(error.code).toBe("store.not-found");
    expect(error.en).toBe(
      `no kehoach store at "${missing}" (nothing was created); run "kehoach db init" to create one`,
    );
    expect(error.vi).toContain("không tạo gì");
    expect(existsSync(join(dir, "not-here"))).toBe(false);
    const other = join(dir, "other.sqlite");
    const raw = new Database(other);
    raw.exec("CREATE TABLE notes (x TEXT)");
    raw.close();
    const before = readFileSync(other);
    expect((await errorOf(openStore(other, { create: false }))).code).toBe("store.not-found");
    expect(readFileSync(other)).toEqual(before);
    const made = join(dir, "made.sqlite");
    await (await openStore(made)).close();
    const reopened = await openStore(made, { create: false, migrate: false });
    expect(reopened.schema.to).toBe(migrations.length);
    await reopened.close();
  });

  it("explains a path that cannot be created", async () => {
    const file = join(dir, "garbage.sqlite", "inside-a-file", "x.sqlite");
    const error = await errorOf(openStore(file));
    expect(error.code).toBe("store.readonly");
    expect(error.vi).toContain("không mở hoặc ghi được");
  });
});

const adminUrl = inject("pgUrl");
describe.skipIf(!adminUrl)("PostgreSQL: bad input gives clear bilingual errors", () => {
  it("reports a wrong password without leaking it", async () => {
    const url = new URL(adminUrl);
    url.password = "wrong-password";
    const error = await errorOf(openStore(url.toString()));
    expect(error.code).toBe("store.auth");
    expect(error.vi).toContain("sai tên người dùng hoặc mật khẩu");
    expect(error.en).not.toContain("wrong-password");
    expect(error.en).toContain("***");
  });

  it("reports a server that is not there", async () => {
    const url = new URL(adminUrl);
    url.port = "1";
    const error = await errorOf(openStore(url.toString()));
    expect(error.code).toBe("store.unreachable");
  });

  it("with create: false, refuses a database that holds no store and creates no table", async () => {
    const url = await createPgDatabase(adminUrl, "nostore");
    const error = await errorOf(openStore(url, { create: false }));
    expect(error.code).toBe("store.not-found");
    expect(error.en).toContain("nothing was created");
    const tables = await pgExec(url, "SELECT to_regclass('kehoach_schema_migrations') AS t");
    expect(tables.rows[0]?.t).toBeNull();
    await (await openStore(url)).close();
    await (await openStore(url, { create: false })).close();
  });

  it("refuses a newer schema and rolls back an interrupted migration", async () => {
    const url = await createPgDatabase(adminUrl, "bad");
    await (await openStore(url)).close();
    const failed = await errorOf(openStore(url, { migrations: broken() }));
    expect(failed.code).toBe("schema.migration-failed");
    const tables = await pgExec(url, "SELECT to_regclass('half_done') AS t");
    expect(tables.rows[0]?.t).toBeNull();
    await pgExec(url, "INSERT INTO kehoach_schema_migrations VALUES (99, 'future', '2030-01-01')");
    expect((await errorOf(openStore(url))).code).toBe("schema.newer");
  });
});
