import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { openStore, type Store, StoreError } from "../src/index";
import { makeEvent } from "./fixtures";
import { createPgDatabase } from "./pgDatabase";
import { tempDir } from "./tempDir";

const WRITERS = 8;
const PER_WRITER = 10;

/** One writer: read the version, append with it as expected, retry on conflict (the usual client loop). */
async function writer(store: Store, index: number): Promise<{ ids: string[]; conflicts: number }> {
  const ids: string[] = [];
  let conflicts = 0;
  while (ids.length < PER_WRITER) {
    const version = await store.streamVersion("thanh-xuan-70", "t1-4.2");
    const event = makeEvent("t1-4.2", "PROGRESS", { payload: { writer: index, seen: version } });
    try {
      const result = await store.append({
        plan: "thanh-xuan-70",
        activity: "t1-4.2",
        expectedVersion: version,
        events: [event],
      });
      expect(result.streamVersion).toBe(version + 1);
      ids.push(event.id);
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== "event.version-conflict") throw error;
      conflicts++;
    }
  }
  return { ids, conflicts };
}

async function race(url: string) {
  const stores = await Promise.all(Array.from({ length: WRITERS }, () => openStore(url, { poolSize: 2 })));
  try {
    const results = await Promise.all(stores.map((s, i) => writer(s, i)));
    const reader = stores[0] as Store;
    const events = [];
    for await (const e of reader.readEvents({ plan: "thanh-xuan-70", activity: "t1-4.2" })) events.push(e);
    const committed = results.flatMap((r) => r.ids);
    // No lost update: every committed append is there; no duplicate: each once, versions 1..N.
    expect(events.map((e) => e.event.id).sort()).toEqual([...committed].sort());
    expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i + 1));
    // Each event was appended by a writer that had seen exactly the version before it.
    for (const e of events) expect(e.event.payload.seen).toBe(e.streamVersion - 1);
    expect(results.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
    expect((await reader.verify()).ok).toBe(true);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}

describe("concurrency: 8 writers racing on one activity", () => {
  it("SQLite (8 connections to one file): each append commits or gets a version conflict", async () => {
    await race(`sqlite:${join(tempDir(), "race.sqlite")}`);
  });

  const adminUrl = inject("pgUrl");
  it.skipIf(!adminUrl)("PostgreSQL (8 pools): each append commits or gets a version conflict", async () => {
    await race(await createPgDatabase(adminUrl, "race"));
  });
});
