import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { openStore, type Store } from "../src/index";
import { makeEvent } from "./fixtures";
import { createPgDatabase, pgExec } from "./pgDatabase";
import { tempDir } from "./tempDir";

type Exec = (sql: string) => Promise<void>;
interface Target {
  url: string;
  exec: Exec;
}

async function fill(url: string, n = 10): Promise<void> {
  const store = await openStore(url);
  for (let i = 0; i < n; i++) {
    const activity = i % 2 === 0 ? "t1-1" : "t1-4.2";
    await store.append({ plan: "thanh-xuan-70", activity, events: [makeEvent(activity)] });
  }
  await store.close();
}

async function verifyAt(url: string) {
  const store: Store = await openStore(url);
  try {
    return await store.verify();
  } finally {
    await store.close();
  }
}

function defineTamperTests(name: string, fresh: () => Promise<Target>) {
  describe(`verify() finds changes made behind the store's back: ${name}`, () => {
    it("passes on an untouched log", async () => {
      const t = await fresh();
      await fill(t.url);
      expect(await verifyAt(t.url)).toMatchObject({ ok: true, checked: 10, headPosition: 10 });
    });

    it("names the edited event", async () => {
      const t = await fresh();
      await fill(t.url);
      await t.exec(`UPDATE events SET payload = '{"note":"đã sửa","percent":100}' WHERE position = 4`);
      const result = await verifyAt(t.url);
      expect(result.ok).toBe(false);
      expect(result.breaks).toEqual([expect.objectContaining({ kind: "edited", position: 4 })]);
      expect(result.diagnostics[0]).toMatchObject({
        code: "store.chain-edited",
        location: { path: ["events", 4] },
      });
      expect(result.diagnostics[0]?.vi).toContain("vị trí 4");
    });

    it("finds a forged hash value", async () => {
      const t = await fresh();
      await fill(t.url);
      // Flip the first hex digit (a fixed 'f' left a hash that already began with 'f' unchanged, 1 time in 16).
      await t.exec(
        "UPDATE events SET hash = (CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END) || substr(hash, 2) WHERE position = 6",
      );
      const result = await verifyAt(t.url);
      expect(result.breaks.map((b) => [b.kind, b.position])).toContainEqual(["edited", 6]);
    });

    it("says where an event was deleted", async () => {
      const t = await fresh();
      await fill(t.url);
      await t.exec("DELETE FROM events WHERE position = 5");
      const result = await verifyAt(t.url);
      expect(result.breaks[0]).toMatchObject({ kind: "deleted", position: 5 });
      expect(result.diagnostics[0]?.en).toContain("position 5 is missing");
    });

    it("sees the last events deleted (against the recorded head)", async () => {
      const t = await fresh();
      await fill(t.url);
      await t.exec("DELETE FROM events WHERE position >= 9");
      const result = await verifyAt(t.url);
      expect(result.breaks).toEqual([{ kind: "truncated", position: 9, eventId: null }]);
    });

    it("sees an event inserted past the head", async () => {
      const t = await fresh();
      await fill(t.url, 3);
      await t.exec(
        `INSERT INTO events SELECT 4, 'forged', plan_id, plan_version, activity, ward, 99, type, by_unit, by_person, at,
           machine_version, payload, recorded_at, hash, hash FROM events WHERE position = 3`,
      );
      const result = await verifyAt(t.url);
      expect(result.breaks.map((b) => b.kind)).toContain("inserted");
    });
  });
}

const dir = tempDir();
let n = 0;
defineTamperTests("sqlite", async () => {
  const file = join(dir, `v${++n}.sqlite`);
  return {
    url: `sqlite:${file}`,
    exec: async (sql) => {
      const db = new Database(file);
      db.exec(sql);
      db.close();
    },
  };
});

const adminUrl = inject("pgUrl");
describe.skipIf(!adminUrl)("postgres", () => {
  defineTamperTests("postgres", async () => {
    const url = await createPgDatabase(adminUrl, "verify");
    return { url, exec: async (sql) => void (await pgExec(url, sql)) };
  });
});
