import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PlanInput } from "@kehoach/core";
import { openStore } from "@kehoach/store";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { runCli } from "../runCli";

const dir = mkdtempSync(join(tmpdir(), "kehoach-cli-db-"));
const planFile = fileURLToPath(new URL("../../../../fixtures/thanh-xuan-70/seed-plan.json", import.meta.url));
const plan = JSON.parse(readFileSync(planFile, "utf8")) as PlanInput;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A START by the activity's lead: the plan's lifecycle accepts it.
const event = (id: string, activity: string, unit = "phong-noi-vu") => ({
  id,
  activity,
  type: "START",
  by: { unit },
  at: "2024-05-02T08:00:00+07:00",
  payload: {},
});

describe("kehoach db", () => {
  const db = join(dir, "k.sqlite");

  it("init creates the store, migrate reports it up to date", async () => {
    const io = memoryIO();
    expect(await runCli(["db", "init", "--db", db, "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ schema: { to: 2, applied: [1, 2] } });
    const io2 = memoryIO();
    expect(await runCli(["db", "migrate", "--db", db], io2)).toBe(0);
    expect(io2.out()).toContain("up to date: v2");
  });

  it("imports events from JSON Lines, idempotently, and exports them back", async () => {
    const store = await openStore(db);
    await store.savePlan(plan);
    await store.close();
    const file = join(dir, "events.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify(event("e1", "t1-1"))}\n${JSON.stringify(event("e2", "t1-4.2", "phong-lao-dong-thuong-binh-xa-hoi"))}\n`,
    );
    const io = memoryIO();
    expect(await runCli(["db", "import-events", file, "--plan", plan.id, "--db", db], io)).toBe(0);
    expect(io.out()).toContain("Imported 2");
    const again = memoryIO();
    expect(await runCli(["db", "import-events", file, "--plan", plan.id, "--db", db, "--json"], again)).toBe(
      0,
    );
    expect(JSON.parse(again.out())).toMatchObject({ imported: 0, duplicates: 2 });
    const out = join(dir, "out", "events.jsonl");
    expect(await runCli(["db", "export-events", out, "--db", db], memoryIO())).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(["e1", "e2"]);
  });

  it("reports bad lines with their numbers and exits 1, writing nothing", async () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, `${JSON.stringify(event("e3", "t1-1"))}\n{not json\n`);
    const io = memoryIO();
    expect(await runCli(["db", "import-events", file, "--plan", plan.id, "--db", db], io)).toBe(1);
    expect(io.err()).toContain("bad.jsonl:2: Lỗi: dòng 2");
    const store = await openStore(db);
    expect(await store.headPosition()).toBe(2);
    await store.close();
  });

  it("verifies the chain, and exits 1 naming the edited event", async () => {
    const io = memoryIO();
    expect(await runCli(["db", "verify", "--db", db], io)).toBe(0);
    expect(io.out()).toContain("Intact: 2");
    const raw = new Database(db);
    raw.prepare("UPDATE events SET type = 'REWARD' WHERE position = 2").run();
    raw.close();
    const bad = memoryIO();
    expect(await runCli(["db", "verify", "--db", db], bad)).toBe(1);
    expect(bad.err()).toContain("position 2 (e2) was edited");
  });

  it("backs up an SQLite store online", async () => {
    const target = join(dir, "backup", "copy.sqlite");
    const io = memoryIO();
    expect(await runCli(["db", "backup", target, "--db", db], io)).toBe(0);
    const copy = await openStore(target);
    expect(await copy.headPosition()).toBe(2);
    await copy.close();
  });

  it("answers bad usage and store errors in one bilingual line", async () => {
    const url = memoryIO();
    expect(await runCli(["db", "init", "--db", "mysql://x"], url)).toBe(2);
    expect(url.err()).toContain("invalid store URL");
    const garbage = join(dir, "garbage.sqlite");
    writeFileSync(
      garbage,
      "this is not a database, only text that fills the header and then some more bytes",
    );
    const corrupt = memoryIO();
    expect(await runCli(["db", "verify", "--db", garbage], corrupt)).toBe(1);
    expect(corrupt.err()).toMatch(/^Lỗi: .*bị hỏng.* \| Error: .*corrupted/);
    const missing = memoryIO();
    expect(await runCli(["db", "import-events", join(dir, "nope.jsonl"), "--db", db], missing)).toBe(1);
    expect(missing.err()).toContain("cannot read events file");
  });
});

describe("kehoach db never invents a store or a plan", () => {
  const db = join(dir, "held.sqlite");
  const events = join(dir, "held.jsonl");

  it("read-only commands refuse a store that does not exist, naming it, and create nothing", async () => {
    const nowhere = join(dir, "nonexistent", "dir", "x.sqlite");
    for (const args of [
      ["db", "verify", "--db", nowhere],
      ["db", "export-events", join(dir, "never.jsonl"), "--db", nowhere],
      ["db", "backup", join(dir, "never.sqlite"), "--db", nowhere],
      ["db", "import-events", planFile, "--plan", plan.id, "--db", nowhere],
    ]) {
      const io = memoryIO();
      expect(await runCli(args, io), args.join(" ")).toBe(1);
      expect(io.err()).toBe(
        `Lỗi: không có kho dữ liệu kehoach tại "${nowhere}" (không tạo gì); hãy chạy "kehoach db init" để tạo` +
          ` | Error: no kehoach store at "${nowhere}" (nothing was created); run "kehoach db init" to create one\n`,
      );
      expect(io.out()).toBe("");
    }
    expect(existsSync(join(dir, "nonexistent"))).toBe(false);
    expect(existsSync(join(dir, "never.jsonl"))).toBe(false);
    expect(existsSync(join(dir, "never.sqlite"))).toBe(false);
  });

  it("verify refuses an SQLite file that holds no kehoach store and leaves it as it was", async () => {
    const empty = join(dir, "empty.sqlite");
    new Database(empty).close();
    const before = readFileSync(empty);
    const io = memoryIO();
    expect(await runCli(["db", "verify", "--db", empty], io)).toBe(1);
    expect(io.err()).toContain(`Error: no kehoach store at "${empty}"`);
    expect(readFileSync(empty)).toEqual(before);
  });

  it("an unknown plan id is refused with the plans the store holds", async () => {
    const store = await openStore(db);
    await store.savePlan(plan);
    await store.close();
    writeFileSync(events, `${JSON.stringify(event("u1", "t1-1"))}\n`);
    const out = join(dir, "unknown-plan.jsonl");
    const exported = memoryIO();
    expect(await runCli(["db", "export-events", out, "--plan", "thanh-xuan-70", "--db", db], exported)).toBe(
      1,
    );
    expect(exported.err()).toBe(
      `Lỗi: kho sqlite:${db} không có kế hoạch "thanh-xuan-70"; các kế hoạch trong kho: "${plan.id}"` +
        ` | Error: the store sqlite:${db} holds no plan "thanh-xuan-70"; the plans it holds: "${plan.id}"\n`,
    );
    expect(existsSync(out)).toBe(false);
    const imported = memoryIO();
    expect(
      await runCli(["db", "import-events", events, "--plan", "thanh-xuan-70", "--db", db], imported),
    ).toBe(1);
    expect(imported.err()).toContain(
      `Error: the store sqlite:${db} holds no plan "thanh-xuan-70"; the plans it holds: "${plan.id}"`,
    );
    const check = await openStore(db);
    expect(await check.headPosition()).toBe(0);
    await check.close();
  });

  it("import-events into an empty store refuses, saying it holds no plan", async () => {
    const bare = join(dir, "bare.sqlite");
    expect(await runCli(["db", "init", "--db", bare], memoryIO())).toBe(0);
    const io = memoryIO();
    expect(await runCli(["db", "import-events", events, "--plan", plan.id, "--db", bare], io)).toBe(1);
    expect(io.err()).toContain(
      `Error: the store sqlite:${bare} holds no plan "${plan.id}"; the plans it holds: (none)`,
    );
    const none = memoryIO();
    expect(await runCli(["db", "import-events", events, "--db", bare], none)).toBe(2);
    expect(none.err()).toContain("--plan ID is needed (the store holds 0 plans: (none))");
  });
});
