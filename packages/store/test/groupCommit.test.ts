import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openPlanRuntime, openStore, type Store, type StoredEvent } from "../src/index";
import { makeEvent, seedPlan } from "./fixtures";

const PLAN = "thanh-xuan-70";
const LEADS: Record<string, string> = {
  "t1-1": "phong-noi-vu",
  "t1-2.1": "phong-van-hoa-thong-tin",
  "t1-4.2": "phong-lao-dong-thuong-binh-xa-hoi",
};
const ACTIVITIES = Object.keys(LEADS);
const event = (activity: string, type: string, minute: number, payload: Record<string, unknown> = {}) =>
  makeEvent(activity, type, {
    by: { unit: LEADS[activity] ?? "" },
    at: `2024-09-01T08:${String(minute).padStart(2, "0")}:00+07:00`,
    payload,
  });

let dirs: string[] = [];
let stores: Store[] = [];
afterEach(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  stores = [];
  dirs = [];
});

/** A SQLite store holding the fixture plan, and a count of its group commits (`appendMany` calls). */
async function sqliteStore(): Promise<{ store: Store; commits: () => number }> {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-group-"));
  dirs.push(dir);
  const store = await openStore(`sqlite:${join(dir, "log.sqlite")}`);
  stores.push(store);
  await store.savePlan(seedPlan());
  let calls = 0;
  const counted: Store = Object.create(store, {
    appendMany: {
      value: (inputs: Parameters<Store["appendMany"]>[0]) => {
        calls++;
        return store.appendMany(inputs);
      },
    },
  });
  return { store: counted, commits: () => calls };
}

const inLogOrder = (events: readonly StoredEvent[]) =>
  events.every((e, i) => i === 0 || (events[i - 1]?.position ?? 0) < e.position);

describe("openPlanRuntime: group commit", () => {
  it("commits concurrent submits together, each checked in order and answered as stored", async () => {
    const { store, commits } = await sqliteStore();
    const runtime = (await openPlanRuntime(store, PLAN))!;
    for (const [i, a] of ACTIVITIES.entries())
      expect((await runtime.submit(event(a, "START", i) as never)).ok).toBe(true);
    const before = commits();
    const submits = Array.from({ length: 30 }, (_, i) =>
      event(ACTIVITIES[i % 3] as string, "PROGRESS", 10 + i, { percent: i + 1 }),
    );
    const results = await Promise.all(submits.map((e) => runtime.submit(e as never)));
    expect(results.every((r) => r.ok && "event" in r && !r.duplicate)).toBe(true);
    // Thirty events, far fewer commits: the ones that waited went together.
    expect(commits() - before).toBeLessThan(30);
    const answered = results.map((r) => (r.ok && "event" in r ? r.event : null));
    expect(new Set(answered.map((e) => e?.position)).size).toBe(30);
    for (const [i, e] of answered.entries()) {
      expect(e?.event.id).toBe(submits[i]?.id);
      expect(e?.hash).toMatch(/^[0-9a-f]{64}$/u);
    }
    // The runtime holds the log as stored, in log order, and the same state a fresh read gives.
    expect(inLogOrder(runtime.storedEvents())).toBe(true);
    const fresh = (await openPlanRuntime(store, PLAN))!;
    expect(runtime.storedEvents()).toEqual(fresh.storedEvents());
    for (const a of ACTIVITIES) expect(runtime.state().activity(a)).toEqual(fresh.state().activity(a));
    expect(fresh.state().activity("t1-4.2")?.context.progress).toHaveLength(10);
    expect((await store.verify()).ok).toBe(true);
  });

  it("answers each event of a group on its own: a refused one stores nothing, a repeated id is a duplicate", async () => {
    const { store } = await sqliteStore();
    const runtime = (await openPlanRuntime(store, PLAN))!;
    const start = event("t1-1", "START", 1);
    const twice = event("t1-1", "PROGRESS", 2, { percent: 10 });
    const results = await Promise.all([
      runtime.submit(start as never),
      runtime.submit(twice as never),
      // REPORT before START on 4.2: refused, whatever else the group holds.
      runtime.submit(event("t1-4.2", "REPORT", 3, { results: { district: { text: "Xong" } } }) as never),
      runtime.submit(twice as never),
      runtime.submit(event("t1-2.1", "START", 4) as never),
    ]);
    expect(
      results.map((r) => (r.ok ? ("duplicate" in r && r.duplicate ? "duplicate" : "stored") : "refused")),
    ).toEqual(["stored", "stored", "refused", "duplicate", "stored"]);
    const [, first, , again] = results;
    expect(again && "event" in again ? again.event.position : null).toBe(
      first && "event" in first ? first.event.position : undefined,
    );
    expect(results[2]).toMatchObject({ ok: false, error: { code: "lifecycle.invalid-transition" } });
    const fresh = (await openPlanRuntime(store, PLAN))!;
    expect(fresh.storedEvents().map((e) => e.event.type)).toEqual(["START", "PROGRESS", "START"]);
  });

  it("keeps the log order when another process commits between its check and its commit", async () => {
    const { store } = await sqliteStore();
    const theirs = (await openPlanRuntime(store, PLAN))!;
    await theirs.submit(event("t1-1", "START", 1) as never);
    let raced = false;
    const racing: Store = Object.create(store, {
      appendMany: {
        value: async (inputs: Parameters<Store["appendMany"]>[0]) => {
          if (!raced) {
            raced = true;
            await theirs.submit(event("t1-1", "PROGRESS", 2, { percent: 20 }) as never);
          }
          return store.appendMany(inputs);
        },
      },
    });
    const mine = (await openPlanRuntime(racing, PLAN))!;
    const r = await mine.submit(event("t1-4.2", "START", 3) as never);
    expect(r).toMatchObject({ ok: true, event: { position: 3 } });
    expect(mine.storedEvents().map((e) => [e.position, e.event.type])).toEqual([
      [1, "START"],
      [2, "PROGRESS"],
      [3, "START"],
    ]);
    expect(mine.state().activity("t1-1")?.context.percent).toBe(20);
  });
});
