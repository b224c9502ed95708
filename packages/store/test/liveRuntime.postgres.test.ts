import type { PlanEvent } from "@kehoach/core";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import {
  type LogChange,
  openPlanRuntime,
  openStore,
  type Store,
  type StorePlanRuntime,
  type SubmitResult,
} from "../src/index";
import { makeEvent, seedPlan } from "./fixtures";
import { createPgDatabase, pgExec } from "./pgDatabase";

// Scale-out on PostgreSQL: two stores on one database (two pools, two LISTEN
// connections: what two app processes hold) follow each other's commits by
// LISTEN/NOTIFY, without a read per request, and their runtimes take turns on
// the plan's advisory lock instead of racing.

const PLAN = "thanh-xuan-70";
const LEAD = "phong-noi-vu";
const adminUrl = inject("pgUrl");

let opened: Store[] = [];
afterEach(async () => {
  for (const s of opened) await s.close();
  opened = [];
});

async function twoStores(): Promise<[Store, Store]> {
  const url = await createPgDatabase(adminUrl ?? "", "live");
  const a = await openStore(url, { poolSize: 4 });
  const b = await openStore(url, { poolSize: 4 });
  opened.push(a, b);
  await a.savePlan(seedPlan());
  return [a, b];
}

/** How long a process may take to see another's commit: generous (no timing is asserted), asked every 20 ms. */
const SEEN = { timeout: 20_000, interval: 20 };

const progress = (minute: number, percent: number) =>
  makeEvent("t1-1", "PROGRESS", {
    by: { unit: LEAD },
    at: `2024-09-01T09:${String(minute % 60).padStart(2, "0")}:00+07:00`,
    payload: { percent },
  }) as PlanEvent;
const start = () =>
  makeEvent("t1-1", "START", {
    by: { unit: LEAD },
    at: "2024-09-01T08:00:00+07:00",
    payload: {},
  }) as PlanEvent;
const ids = (r: StorePlanRuntime) => r.storedEvents().map((e) => e.event.id);

describe.skipIf(!adminUrl)("PostgreSQL LISTEN/NOTIFY between two stores", () => {
  it("tells a store's watchers of another store's commits: plan and last position, once per group", async () => {
    const [a, b] = await twoStores();
    const told: LogChange[] = [];
    const watch = await b.watch((change) => told.push(change));
    expect(watch.crossProcess).toBe(true);
    const appended = await a.append({ plan: PLAN, activity: "t1-1", events: [start()] });
    const group = await a.appendMany([
      { plan: PLAN, activity: "t1-1", events: [progress(1, 10), progress(2, 20)] },
      { plan: PLAN, activity: "t1-2.1", events: [makeEvent("t1-2.1", "START")] },
    ]);
    const last = group.at(-1);
    expect(last?.ok).toBe(true);
    const lastPosition = last?.ok ? last.result.position : 0;
    await vi.waitFor(() => expect(told.map((c) => c.position)).toContain(lastPosition), SEEN);
    expect(told).toEqual([
      { plan: PLAN, position: appended.position },
      { plan: PLAN, position: lastPosition },
    ]);
    // A rolled-back append notifies nobody: a version conflict writes nothing.
    await expect(
      a.append({ plan: PLAN, activity: "t1-1", events: [progress(3, 30)], expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "event.version-conflict" });
    await watch.close();
    await a.append({ plan: PLAN, activity: "t1-1", events: [progress(4, 40)] });
    const probe = await b.watch(() => {});
    await probe.close();
    expect(told).toHaveLength(2);
  });

  it("keeps a runtime in step with the other process's events without sync", async () => {
    const [a, b] = await twoStores();
    const ra = (await openPlanRuntime(a, PLAN)) as StorePlanRuntime;
    const rb = (await openPlanRuntime(b, PLAN)) as StorePlanRuntime;
    expect(rb.live).toBe(true);
    const started = start();
    expect((await ra.submit(started)).ok).toBe(true);
    // No sync, no submit on b: it learns of the START by notification alone.
    await vi.waitFor(() => expect(rb.state().activity("t1-1")?.status).toBe("inProgress"), SEEN);
    const theirs = progress(5, 50);
    expect((await rb.submit(theirs)).ok).toBe(true);
    await vi.waitFor(() => expect(ra.state().activity("t1-1")?.context.percent).toBe(50), SEEN);
    expect(ids(ra)).toEqual([started.id, theirs.id]);
    expect(ra.storedEvents()).toEqual(rb.storedEvents());
  });

  it("takes turns on the plan lock: 60 submits to one activity from both, none refused, none lost", async () => {
    const [a, b] = await twoStores();
    // Each store's group commits, counted with the version conflicts they met (a lost race).
    let conflicts = 0;
    const counting = (store: Store): Store =>
      Object.create(store, {
        appendMany: {
          value: async (inputs: Parameters<Store["appendMany"]>[0]) => {
            const outcomes = await store.appendMany(inputs);
            conflicts += outcomes.filter((o) => !o.ok && o.error.code === "event.version-conflict").length;
            return outcomes;
          },
        },
      });
    const ra = (await openPlanRuntime(counting(a), PLAN)) as StorePlanRuntime;
    const rb = (await openPlanRuntime(counting(b), PLAN)) as StorePlanRuntime;
    await ra.submit(start());
    const events = Array.from({ length: 60 }, (_, i) => progress(10, i + 1));
    // Each dated when it is checked (as the dashboard does): whichever process commits first, none is dated
    // before the one stored before it.
    const stamp = () => new Date(Date.now() + 7 * 3600_000).toISOString().replace("Z", "+07:00");
    // In waves, so both processes' groups interleave on the lock.
    const results: SubmitResult[] = [];
    for (let wave = 0; wave < 6; wave++) {
      const slice = events.slice(wave * 10, wave * 10 + 10);
      results.push(...(await Promise.all(slice.map((e, i) => (i % 2 === 0 ? ra : rb).submit(e, { stamp })))));
    }
    // Every event is accepted: with the lock held from read to commit, no process loses a race.
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(conflicts).toBe(0);
    expect(await a.streamVersion(PLAN, "t1-1")).toBe(61);
    const stored = new Set<string>();
    for await (const e of a.readEvents({ plan: PLAN })) stored.add(e.event.id);
    for (const e of events) expect(stored.has(e.id)).toBe(true);
    await vi.waitFor(() => {
      expect(ra.storedEvents()).toHaveLength(61);
      expect(rb.storedEvents()).toHaveLength(61);
    }, SEEN);
    expect(ids(ra)).toEqual(ids(rb));
    expect(ra.state().activity("t1-1")?.context.progress).toHaveLength(60);
    expect(rb.state().activity("t1-1")).toEqual(ra.state().activity("t1-1"));
    const times = ra.storedEvents().map((e) => Date.parse(e.event.at));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? 0))).toBe(true);
    expect((await b.verify()).ok).toBe(true);
  });

  it("reconnects when its LISTEN connection is cut, then reads what it missed", async () => {
    const [a, b] = await twoStores();
    const ra = (await openPlanRuntime(a, PLAN)) as StorePlanRuntime;
    const rb = (await openPlanRuntime(b, PLAN)) as StorePlanRuntime;
    const url = (await createPgDatabase(adminUrl ?? "", "admin")).replace(/\/[^/]*$/u, "/postgres");
    const cut = await pgExec(
      url,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN kehoach_events%' AND pid <> pg_backend_pid()",
    );
    expect(cut.rowCount).toBeGreaterThan(0);
    // Appended while b may still be reconnecting: the notification can be lost, the reconnection reads it.
    const started = start();
    expect((await ra.submit(started)).ok).toBe(true);
    await vi.waitFor(() => expect(rb.findEvent(started.id)).toBeDefined(), SEEN);
    const later = progress(30, 30);
    expect((await ra.submit(later)).ok).toBe(true);
    await vi.waitFor(() => expect(rb.findEvent(later.id)).toBeDefined(), SEEN);
  });
});

describe("watch without PostgreSQL", () => {
  it("tells this store's commits at once and says it hears no other process", async () => {
    const store = await openStore("memory:");
    opened.push(store);
    await store.savePlan(seedPlan());
    const told: LogChange[] = [];
    const watch = await store.watch((c) => told.push(c));
    expect(watch.crossProcess).toBe(false);
    const r = await store.append({ plan: PLAN, activity: "t1-1", events: [makeEvent("t1-1", "START")] });
    expect(told).toEqual([{ plan: PLAN, position: r.position }]);
    const runtime = (await openPlanRuntime(store, PLAN)) as StorePlanRuntime;
    expect(runtime.live).toBe(false);
    // withPlanLock on memory just runs the task; bad input is refused in both languages.
    expect(await store.withPlanLock(PLAN, async () => 7)).toBe(7);
    await expect(store.withPlanLock("", async () => 7)).rejects.toMatchObject({ code: "store.bad-input" });
    await expect(store.watch("not a function" as never)).rejects.toMatchObject({ code: "store.bad-input" });
  });
});
