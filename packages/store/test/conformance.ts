import { describe, expect, it } from "vitest";
import {
  exportEventsJsonl,
  importEventsJsonl,
  LATEST_SCHEMA_VERSION,
  type OpenStoreOptions,
  openStore,
  type Store,
  StoreError,
} from "../src/index";
import { makeEvent, seedPlan } from "./fixtures";

/** How a conformance run gets a fresh, empty store of the adapter under test. */
export type OpenFresh = (options?: OpenStoreOptions) => Promise<Store>;

async function errorOf(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("expected a StoreError");
}

async function collect(store: Store, options: Parameters<Store["readEvents"]>[0] = {}) {
  const out = [];
  for await (const e of store.readEvents(options)) out.push(e);
  return out;
}

/** The same behaviour on every adapter: memory, SQLite and PostgreSQL run this suite. */
export function defineStoreConformance(name: string, openFresh: OpenFresh): void {
  const withStore = (fn: (store: Store) => Promise<void>) => async () => {
    const store = await openFresh();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  };

  describe(`store conformance: ${name}`, () => {
    it(
      "opens empty at the latest schema, with a verified empty chain",
      withStore(async (store) => {
        expect(store.schema.to).toBe(LATEST_SCHEMA_VERSION);
        expect(await store.headPosition()).toBe(0);
        expect(await store.verify()).toMatchObject({ ok: true, checked: 0, breaks: [] });
      }),
    );

    it(
      "keeps plan versions: identical saves are not duplicated, amendments become new versions",
      withStore(async (store) => {
        const v1 = await store.savePlan(seedPlan());
        expect(v1).toMatchObject({ plan: "thanh-xuan-70", version: 1, unchanged: false });
        expect(await store.savePlan(seedPlan())).toMatchObject({
          version: 1,
          unchanged: true,
          hash: v1.hash,
        });
        const v2 = await store.savePlan(seedPlan("Kế hoạch (sửa đổi)"), { note: "bổ sung hoạt động" });
        expect(v2).toMatchObject({ version: 2, unchanged: false, note: "bổ sung hoạt động" });
        expect((await store.getPlan("thanh-xuan-70"))?.title).toBe("Kế hoạch (sửa đổi)");
        expect((await store.getPlan("thanh-xuan-70", 1))?.title).toBe(seedPlan().title);
        expect(await store.getPlan("thanh-xuan-70", 3)).toBeNull();
        expect(await store.getPlan("khong-co")).toBeNull();
        expect((await store.listPlans("thanh-xuan-70")).map((v) => v.version)).toEqual([1, 2]);
        expect((await store.listPlans()).map((v) => [v.plan, v.version])).toEqual([["thanh-xuan-70", 2]]);
      }),
    );

    it(
      "events keep pointing at the plan version they were made against",
      withStore(async (store) => {
        await store.savePlan(seedPlan());
        await store.append({ plan: "thanh-xuan-70", activity: "t1-1", events: [makeEvent("t1-1", "START")] });
        await store.savePlan(seedPlan("Kế hoạch (sửa đổi)"));
        await store.append({ plan: "thanh-xuan-70", activity: "t1-1", events: [makeEvent("t1-1")] });
        await store.append({
          plan: "thanh-xuan-70",
          activity: "t1-1",
          events: [makeEvent("t1-1")],
          planVersion: 1,
        });
        expect((await collect(store)).map((e) => e.planVersion)).toEqual([1, 2, 1]);
        const error = await errorOf(
          store.append({
            plan: "thanh-xuan-70",
            activity: "t1-1",
            events: [makeEvent("t1-1")],
            planVersion: 9,
          }),
        );
        expect(error.code).toBe("plan.not-found");
        expect(error.vi).toContain("phiên bản 9");
      }),
    );

    it(
      "appendMany: several appends in one commit, each checked in order; a refused one writes nothing, the rest are written",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        await store.savePlan(seedPlan());
        await store.append({ plan, activity: "t1-1", events: [makeEvent("t1-1", "START")] });
        const resent = makeEvent("t1-1");
        await store.append({ plan, activity: "t1-1", events: [resent] });
        const reused = makeEvent("t1-4.2");
        const outcomes = await store.appendMany([
          { plan, activity: "t1-4.2", expectedVersion: "no-stream", events: [makeEvent("t1-4.2", "START")] },
          // Planned against the one before it: the stream is at 1 now.
          { plan, activity: "t1-4.2", expectedVersion: 1, events: [reused] },
          { plan, activity: "t1-4.2", expectedVersion: 1, events: [makeEvent("t1-4.2")] },
          { plan, activity: "t1-1", expectedVersion: 2, events: [makeEvent("t1-1"), makeEvent("t1-1")] },
          { plan, activity: "t1-1", events: [resent] },
          { plan, activity: "t1-1", events: [{ ...reused, activity: "t1-1" }] },
          { plan: "", activity: "t1-1", events: [makeEvent("t1-1")] },
          { plan, activity: "t1-5.1", events: [makeEvent("t1-5.1")] },
        ]);
        expect(outcomes.map((o) => (o.ok ? o.result : o.error.code))).toEqual([
          { streamVersion: 1, position: 3, appended: 1, duplicates: 0 },
          { streamVersion: 2, position: 4, appended: 1, duplicates: 0 },
          "event.version-conflict",
          { streamVersion: 4, position: 6, appended: 2, duplicates: 0 },
          { streamVersion: 4, position: 2, appended: 0, duplicates: 1 },
          "event.id-conflict",
          "store.bad-input",
          { streamVersion: 1, position: 7, appended: 1, duplicates: 0 },
        ]);
        const stored = await collect(store);
        expect(stored.map((e) => [e.position, e.event.activity, e.streamVersion])).toEqual([
          [1, "t1-1", 1],
          [2, "t1-1", 2],
          [3, "t1-4.2", 1],
          [4, "t1-4.2", 2],
          [5, "t1-1", 3],
          [6, "t1-1", 4],
          [7, "t1-5.1", 1],
        ]);
        expect(new Set(stored.map((e) => e.recordedAt)).size).toBeLessThanOrEqual(3);
        expect(await store.verify()).toMatchObject({ ok: true, checked: 7 });
        expect(await store.appendMany([])).toEqual([]);
      }),
    );

    it(
      "appendMany over distinct streams: each planned on the head the ones before it left, a refused one skipped",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        await store.savePlan(seedPlan());
        const resent = makeEvent("t1-1", "START");
        await store.append({ plan, activity: "t1-1", events: [resent] });
        const outcomes = await store.appendMany([
          {
            plan,
            activity: "t1-4.2",
            expectedVersion: 0,
            events: [makeEvent("t1-4.2"), makeEvent("t1-4.2")],
          },
          { plan, activity: "t1-2.1", expectedVersion: 3, events: [makeEvent("t1-2.1")] },
          { plan, activity: "t1-1", events: [resent] },
          { plan, activity: "t1-5.1", expectedVersion: "no-stream", events: [makeEvent("t1-5.1")] },
        ]);
        expect(outcomes.map((o) => (o.ok ? o.result : o.error.code))).toEqual([
          { streamVersion: 2, position: 3, appended: 2, duplicates: 0 },
          "event.version-conflict",
          { streamVersion: 1, position: 1, appended: 0, duplicates: 1 },
          { streamVersion: 1, position: 4, appended: 1, duplicates: 0 },
        ]);
        const stored = await collect(store);
        expect(stored.map((e) => [e.position, e.event.activity, e.streamVersion])).toEqual([
          [1, "t1-1", 1],
          [2, "t1-4.2", 1],
          [3, "t1-4.2", 2],
          [4, "t1-5.1", 1],
        ]);
        expect(await store.verify()).toMatchObject({ ok: true, checked: 4 });
      }),
    );

    it(
      "checks the expected stream version (optimistic concurrency)",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        const first = await store.append({
          plan,
          activity: "t1-4.2",
          expectedVersion: "no-stream",
          events: [makeEvent("t1-4.2", "START")],
        });
        expect(first).toEqual({ streamVersion: 1, position: 1, appended: 1, duplicates: 0 });
        const conflict = await errorOf(
          store.append({ plan, activity: "t1-4.2", expectedVersion: 0, events: [makeEvent("t1-4.2")] }),
        );
        expect(conflict.code).toBe("event.version-conflict");
        expect(conflict.details).toMatchObject({ actual: 1, expected: 0 });
        expect(conflict.vi).toContain("xung đột phiên bản");
        expect(
          (
            await errorOf(
              store.append({
                plan,
                activity: "t1-1",
                expectedVersion: "stream-exists",
                events: [makeEvent("t1-1")],
              }),
            )
          ).code,
        ).toBe("event.version-conflict");
        const second = await store.append({
          plan,
          activity: "t1-4.2",
          expectedVersion: 1,
          events: [makeEvent("t1-4.2"), makeEvent("t1-4.2")],
        });
        expect(second).toEqual({ streamVersion: 3, position: 3, appended: 2, duplicates: 0 });
        expect(await store.streamVersion(plan, "t1-4.2")).toBe(3);
        expect(await store.streamVersion(plan, "t1-1")).toBe(0);
        expect(await store.headPosition()).toBe(3);
      }),
    );

    it(
      "is idempotent on event id, and refuses an id reused for other content",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        const event = makeEvent("t1-2.1", "START");
        await store.append({ plan, activity: "t1-2.1", expectedVersion: 0, events: [event] });
        // A retry of the same append (even with the now stale expected version) is a no-op.
        expect(await store.append({ plan, activity: "t1-2.1", expectedVersion: 0, events: [event] })).toEqual(
          {
            streamVersion: 1,
            position: 1,
            appended: 0,
            duplicates: 1,
          },
        );
        const reused = await errorOf(
          store.append({ plan, activity: "t1-2.1", events: [{ ...event, payload: { note: "khác" } }] }),
        );
        expect(reused.code).toBe("event.id-conflict");
        const partial = await errorOf(
          store.append({ plan, activity: "t1-2.1", events: [event, makeEvent("t1-2.1")] }),
        );
        expect(partial.code).toBe("event.id-conflict");
        expect(await store.headPosition()).toBe(1);
      }),
    );

    it(
      "orders events per activity and globally, gapless, and reads them back exactly",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        const activities = ["t1-1", "t1-2.1", "t1-4.2"];
        const written = [];
        for (let i = 0; i < 12; i++) {
          const activity = activities[i % 3] ?? "t1-1";
          const event = makeEvent(
            activity,
            i < 3 ? "START" : "PROGRESS",
            i % 4 === 0 ? { ward: "ha-dinh" } : {},
          );
          written.push(event);
          await store.append({ plan, activity, events: [event] });
        }
        await store.append({ plan: "other-plan", activity: "t1-1", events: [makeEvent("t1-1")] });
        const all = await collect(store);
        expect(all.map((e) => e.position)).toEqual([...Array(13).keys()].map((i) => i + 1));
        const mine = await collect(store, { plan });
        expect(mine.map((e) => e.event.id)).toEqual(written.map((e) => e.id));
        expect(mine[0]?.event).toEqual({ ...written[0], machineVersion: "1" });
        expect(mine[1]?.event.ward).toBeUndefined();
        const stream = await collect(store, { plan, activity: "t1-2.1" });
        expect(stream.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
        expect(stream.every((e) => e.event.activity === "t1-2.1")).toBe(true);
        expect((await collect(store, { afterPosition: 10 })).map((e) => e.position)).toEqual([11, 12, 13]);
        expect((await collect(store, { limit: 5, batchSize: 2 })).map((e) => e.position)).toEqual([
          1, 2, 3, 4, 5,
        ]);
        let batches = 0;
        for await (const batch of store.readEventBatches({ batchSize: 5 })) {
          expect(batch.length).toBeLessThanOrEqual(5);
          batches++;
        }
        expect(batches).toBe(3);
        const check = await store.verify();
        expect(check).toMatchObject({ ok: true, checked: 13, headPosition: 13 });
      }),
    );

    it(
      "stores text NFC-normalised",
      withStore(async (store) => {
        const decomposed = "Phường Hạ Đình".normalize("NFD");
        const event = makeEvent("t1-1", "PROGRESS", { payload: { note: decomposed } });
        await store.append({ plan: "thanh-xuan-70", activity: "t1-1", events: [event] });
        const [stored] = await collect(store);
        expect(stored?.event.payload.note).toBe("Phường Hạ Đình".normalize("NFC"));
      }),
    );

    it(
      "keeps plan, activity and event ids with quotes and backslashes exactly, idempotently",
      withStore(async (store) => {
        const plan = "kế-hoạch 'o\\'; DROP TABLE events; --";
        const activity = "t1-1 \\' \"";
        const first = makeEvent(activity, "START", { id: "id 'x' \\E'\\\\' $$ $1" });
        const second = makeEvent(activity, "PROGRESS", { id: "id ) OR true; --" });
        expect((await store.append({ plan, activity, events: [first, second] })).appended).toBe(2);
        const again = await store.append({ plan, activity, events: [first, second] });
        expect(again).toMatchObject({ appended: 0, duplicates: 2, streamVersion: 2 });
        expect(await store.streamVersion(plan, activity)).toBe(2);
        const stored = await collect(store, { plan, activity });
        expect(stored.map((e) => [e.plan, e.event.activity, e.event.id])).toEqual([
          [plan, activity, first.id],
          [plan, activity, second.id],
        ]);
        expect((await store.verify()).ok).toBe(true);
      }),
    );

    it(
      "rejects bad input with bilingual errors and writes nothing",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        const badTime = await errorOf(
          store.append({
            plan,
            activity: "t1-1",
            events: [makeEvent("t1-1", "START", { at: "10/10/2024" })],
          }),
        );
        expect(badTime.code).toBe("store.bad-input");
        expect(badTime.vi).toContain("không hợp lệ");
        expect(badTime.en).toContain("events.0.at");
        const wrongStream = await errorOf(
          store.append({ plan, activity: "t1-1", events: [makeEvent("t1-1"), makeEvent("t1-2.1")] }),
        );
        expect(wrongStream.code).toBe("store.bad-input");
        expect(wrongStream.en).toContain('not "t1-1"');
        const e = makeEvent("t1-1");
        expect((await errorOf(store.append({ plan, activity: "t1-1", events: [e, e] }))).en).toContain(
          "repeats",
        );
        expect((await errorOf(store.append({ plan, activity: "t1-1", events: [] }))).code).toBe(
          "store.bad-input",
        );
        expect(
          (
            await errorOf(
              store.append({ plan, activity: "t1-1", events: [makeEvent("t1-1")], expectedVersion: -1 }),
            )
          ).code,
        ).toBe("store.bad-input");
        expect((await errorOf(store.savePlan({ ...seedPlan(), year: 1066 }))).code).toBe("store.bad-input");
        expect(await store.headPosition()).toBe(0);
        expect(await store.listPlans()).toEqual([]);
      }),
    );

    it(
      "keeps snapshots and loads a state from the latest snapshot plus the tail",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        const count = (state: number | undefined, events: readonly { event: { type: string } }[]) =>
          (state ?? 0) + events.length;
        for (let i = 0; i < 10; i++)
          await store.append({ plan, activity: "t1-1", events: [makeEvent("t1-1")] });
        const policy = { every: 4, machineVersion: "1", reduce: count };
        const full = await store.loadState(plan, policy);
        expect(full).toMatchObject({ state: 10, position: 10, snapshot: null, eventsRead: 10 });
        await store.saveSnapshot({ plan, version: 8, machineVersion: "1", data: 8 });
        await store.saveSnapshot({ plan, version: 9, machineVersion: "2", data: 999 });
        expect(await store.latestSnapshot(plan, { machineVersion: "1" })).toMatchObject({
          version: 8,
          data: 8,
        });
        expect(await store.latestSnapshot(plan)).toMatchObject({ version: 9, machineVersion: "2" });
        const fromSnapshot = await store.loadState(plan, policy);
        expect(fromSnapshot).toMatchObject({
          state: 10,
          position: 10,
          snapshot: { version: 8 },
          eventsRead: 2,
        });
        expect(await store.latestSnapshot("khong-co")).toBeNull();
      }),
    );

    it("writes snapshots every N events when given a policy", async () => {
      const reduce = (state: { n: number } | undefined, events: readonly unknown[]) => ({
        n: (state?.n ?? 0) + events.length,
      });
      const store = await openFresh({ snapshots: { every: 5, machineVersion: "1", reduce } });
      try {
        for (let i = 0; i < 12; i++)
          await store.append({ plan: "p", activity: "t1-1", events: [makeEvent("t1-1")] });
        const snap = await store.latestSnapshot("p", { machineVersion: "1" });
        expect(snap).toMatchObject({ version: 10, data: { n: 10 } });
        const loaded = await store.loadState<{ n: number }>("p");
        expect(loaded).toMatchObject({ state: { n: 12 }, snapshot: { version: 10 }, eventsRead: 2 });
      } finally {
        await store.close();
      }
    });

    it(
      "manages accounts: roles, scrypt passwords, sessions with expiry",
      withStore(async (store) => {
        const a = store.accounts;
        const admin = await a.create({
          username: "Admin.TX",
          password: "mật-khẩu-rất-dài",
          role: "issuer-admin",
          unit: "ubnd-quan-thanh-xuan",
          displayName: "Quản trị",
        });
        expect(admin).toMatchObject({
          username: "admin.tx",
          role: "issuer-admin",
          unit: "ubnd-quan-thanh-xuan",
          disabled: false,
        });
        expect(JSON.stringify(admin)).not.toContain("scrypt");
        const ward = await a.create({
          username: "hadinh",
          password: "12345678x",
          role: "ward-officer",
          ward: "ha-dinh",
        });
        expect(ward.unit).toBe("ubnd-phuong-ha-dinh");
        expect(
          (await errorOf(a.create({ username: "ADMIN.tx", password: "12345678x", role: "viewer" }))).code,
        ).toBe("account.username-taken");
        expect(
          (await errorOf(a.create({ username: "x1y", password: "12345678x", role: "unit-officer" }))).en,
        ).toContain("needs a unit");
        expect((await errorOf(a.create({ username: "short", password: "123", role: "viewer" }))).code).toBe(
          "store.bad-input",
        );
        expect((await a.authenticate("admin.tx", "mật-khẩu-rất-dài"))?.id).toBe(admin.id);
        expect(await a.authenticate("admin.tx", "sai-mat-khau")).toBeNull();
        expect(await a.authenticate("nobody", "whatever1")).toBeNull();
        expect((await a.list()).map((u) => u.username)).toEqual(["admin.tx", "hadinh"]);
        expect((await a.findByUsername(" HADINH "))?.id).toBe(ward.id);

        const t0 = new Date("2024-10-01T00:00:00Z");
        const session = await a.createSession(admin.id, { ttlMs: 60_000, now: t0 });
        expect(session.expiresAt).toBe("2024-10-01T00:01:00.000Z");
        expect((await a.getSession(session.token, new Date("2024-10-01T00:00:30Z")))?.account.id).toBe(
          admin.id,
        );
        expect(await a.getSession("not-a-token", t0)).toBeNull();
        expect(await a.getSession(session.token, new Date("2024-10-01T00:02:00Z"))).toBeNull();
        expect(await a.getSession(session.token, t0)).toBeNull(); // deleted when found expired

        const s2 = await a.createSession(ward.id, { now: t0, ttlMs: 1000 });
        const s3 = await a.createSession(ward.id, { now: t0, ttlMs: 10_000_000 });
        expect(await a.purgeExpiredSessions(new Date("2024-10-01T00:00:05Z"))).toBe(1);
        expect(await a.getSession(s2.token, t0)).toBeNull();
        expect(await a.getSession(s3.token, t0)).not.toBeNull();
        await a.setPassword(ward.id, "mat-khau-moi-123");
        expect(await a.getSession(s3.token, t0)).toBeNull();
        expect(await a.authenticate("hadinh", "12345678x")).toBeNull();
        expect(await a.authenticate("hadinh", "mat-khau-moi-123")).not.toBeNull();

        const s4 = await a.createSession(admin.id);
        await a.revokeSession(s4.token);
        expect(await a.getSession(s4.token)).toBeNull();
        const disabled = await a.update(ward.id, { disabled: true, role: "viewer" });
        expect(disabled).toMatchObject({ disabled: true, role: "viewer" });
        expect(await a.authenticate("hadinh", "mat-khau-moi-123")).toBeNull();
        expect((await errorOf(a.update("missing", { role: "viewer" }))).code).toBe("account.not-found");
        expect((await errorOf(a.update(admin.id, { role: "unit-officer", unit: null }))).code).toBe(
          "store.bad-input",
        );
      }),
    );

    it(
      "exports events as JSON Lines and imports them back, idempotently",
      withStore(async (store) => {
        const plan = "thanh-xuan-70";
        await store.savePlan(seedPlan());
        for (const activity of ["t1-1", "t1-1", "t1-4.2", "t1-1"])
          await store.append({ plan, activity, events: [makeEvent(activity)] });
        let text = "";
        for await (const chunk of exportEventsJsonl(store, { plan })) text += chunk;
        const lines = text.trimEnd().split("\n");
        expect(lines).toHaveLength(4);
        expect(JSON.parse(lines[0] ?? "")).toMatchObject({
          activity: "t1-1",
          by: { unit: "phong-lao-dong-thuong-binh-xa-hoi" },
        });
        const target = await openStore("memory:");
        // Events for a plan the store does not hold are refused, with the plans it holds.
        await expect(importEventsJsonl(target, text, { plan })).rejects.toMatchObject({
          code: "plan.not-found",
          details: { plan, held: [] },
        });
        expect(await target.headPosition()).toBe(0);
        await target.savePlan(seedPlan());
        const first = await importEventsJsonl(target, text, { plan });
        expect(first).toEqual({ imported: 4, duplicates: 0, diagnostics: [] });
        expect(await importEventsJsonl(target, text, { plan })).toEqual({
          imported: 0,
          duplicates: 4,
          diagnostics: [],
        });
        const back = [];
        for await (const e of target.readEvents()) back.push(JSON.stringify(e.event));
        expect(back.join("\n")).toBe(lines.join("\n"));
        await target.close();
        // Into the same adapter too.
        const again = await importEventsJsonl(store, `${text}\n`, { plan });
        expect(again.duplicates).toBe(4);
      }),
    );

    it(
      "refuses calls after close",
      withStore(async (store) => {
        const other = await openFresh();
        await other.close();
        expect((await errorOf(other.headPosition())).code).toBe("store.closed");
        await other.close(); // closing twice is fine
        expect(await store.headPosition()).toBe(0);
      }),
    );
  });
}
