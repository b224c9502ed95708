import { createKehoach, definePlugin, PlanEngineError } from "@kehoach/core";
import { afterEach, describe, expect, it } from "vitest";
import { openPlanRuntime, openStore, type Store, type StorePlanRuntime } from "../src/index";
import { makeEvent, seedPlan } from "./fixtures";

const ISSUER = "ubnd-quan-thanh-xuan";
const start = (extra = {}) =>
  makeEvent("t1-4.2", "START", { at: "2024-09-01T08:00:00+07:00", payload: {}, ...extra });
const report = () =>
  makeEvent("t1-4.2", "REPORT", {
    at: "2024-09-20T08:00:00+07:00",
    payload: { results: { district: { text: "Đã tặng quà 55 gia đình" } } },
  });

const approval = definePlugin({
  id: "duyet-quan",
  name: "Bước duyệt của quận / The district's approval step",
  version: "0.3.0",
  lifecycle: {
    steps: [
      {
        state: "approved",
        after: "reported",
        event: "APPROVE",
        allowed: ["issuer"],
        label: { vi: "Đã duyệt", en: "Approved" },
      },
    ],
  },
});

let stores: Store[] = [];
async function storeWithPlan(plugins?: { id: string; version: string }[]): Promise<Store> {
  const store = await openStore("memory:");
  stores.push(store);
  await store.savePlan({ ...seedPlan(), ...(plugins ? { plugins } : {}) });
  return store;
}
async function storedCount(store: Store): Promise<number> {
  let n = 0;
  for await (const batch of store.readEventBatches({ plan: "thanh-xuan-70" })) n += batch.length;
  return n;
}
afterEach(async () => {
  for (const s of stores) await s.close();
  stores = [];
});

describe("openPlanRuntime", () => {
  it("answers null for a plan the store does not hold", async () => {
    const store = await storeWithPlan();
    expect(await openPlanRuntime(store, "khong-co")).toBeNull();
  });

  it("appends an accepted event and reads it back with its position and hash; a retry is a duplicate", async () => {
    const store = await storeWithPlan();
    const runtime = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    const event = start();
    const r = await runtime.submit(event as never);
    expect(r).toMatchObject({ ok: true, duplicate: false, event: { position: 1, streamVersion: 1 } });
    if (!r.ok || !("event" in r)) throw new Error("not appended");
    expect(r.event.hash).toMatch(/^[0-9a-f]{64}$/u);
    expect(runtime.state().activity("t1-4.2")?.status).toBe("inProgress");
    const again = await runtime.submit(event as never);
    expect(again).toMatchObject({ ok: true, duplicate: true, event: { position: 1 } });
    expect(await storedCount(store)).toBe(1);
  });

  it("refuses an event the lifecycle rejects and stores nothing", async () => {
    const store = await storeWithPlan();
    const runtime = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    const r = await runtime.submit(report() as never);
    expect(r).toMatchObject({ ok: false, error: { code: "lifecycle.invalid-transition" } });
    expect(await storedCount(store)).toBe(0);
  });

  /** The store as seen by a process that loses the race `races` times: another process appends to t1-4.2 just before. */
  function racingStore(store: Store, theirs: StorePlanRuntime, races: number): Store {
    let left = races;
    return Object.create(store, {
      appendMany: {
        value: async (inputs: Parameters<Store["appendMany"]>[0]) => {
          if (left-- > 0) {
            await theirs.submit(
              makeEvent("t1-4.2", "PROGRESS", {
                at: "2024-09-10T08:00:00+07:00",
                payload: { percent: 30 },
              }) as never,
            );
          }
          return store.appendMany(inputs);
        },
      },
    });
  }

  it("sees what another process appended, and checks again when it appended to the same activity first", async () => {
    const store = await storeWithPlan();
    const mine = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    const theirs = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    expect((await theirs.submit(start() as never)).ok).toBe(true);
    await mine.sync();
    expect(mine.state().activity("t1-4.2")?.status).toBe("inProgress");

    // Another process appends between our check and our append, twice: the third try goes through.
    const raced = (await openPlanRuntime(racingStore(store, theirs, 2), "thanh-xuan-70"))!;
    const r = await raced.submit(
      makeEvent("t1-4.2", "PROGRESS", { at: "2024-09-11T08:00:00+07:00", payload: { percent: 40 } }) as never,
    );
    expect(r).toMatchObject({ ok: true, duplicate: false, event: { streamVersion: 4, position: 4 } });
    expect(raced.storedEvents().map((e) => e.event.type)).toEqual([
      "START",
      "PROGRESS",
      "PROGRESS",
      "PROGRESS",
    ]);
    expect(raced.state().activity("t1-4.2")?.context.percent).toBe(40);
    expect((await store.verify()).ok).toBe(true);
  });

  it("checks an event against the newer state before appending it again: an event it no longer allows is refused", async () => {
    const store = await storeWithPlan();
    const theirs = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    await theirs.submit(start() as never);
    // Another process cancels the activity between our check and our append: our PROGRESS is now a transition error.
    const cancelling: Store = Object.create(store, {
      appendMany: {
        value: async (inputs: Parameters<Store["appendMany"]>[0]) => {
          await theirs.submit(
            makeEvent("t1-4.2", "CANCEL", {
              by: { unit: ISSUER },
              at: "2024-09-10T08:00:00+07:00",
              payload: { reason: "Thay đổi kế hoạch" },
            }) as never,
          );
          return store.appendMany(inputs);
        },
      },
    });
    const raced = (await openPlanRuntime(cancelling, "thanh-xuan-70"))!;
    const r = await raced.submit(
      makeEvent("t1-4.2", "PROGRESS", { at: "2024-09-11T08:00:00+07:00", payload: { percent: 40 } }) as never,
    );
    expect(r).toMatchObject({ ok: false, error: { code: "lifecycle.invalid-transition" } });
    expect(raced.storedEvents().map((e) => e.event.type)).toEqual(["START", "CANCEL"]);
  });

  it("gives up with a conflict, having stored nothing, when another process wins every one of five tries", async () => {
    const store = await storeWithPlan();
    const theirs = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    await theirs.submit(start() as never);
    const raced = (await openPlanRuntime(racingStore(store, theirs, 100), "thanh-xuan-70"))!;
    const r = await raced.submit(
      makeEvent("t1-4.2", "PROGRESS", { at: "2024-09-11T08:00:00+07:00", payload: { percent: 40 } }) as never,
    );
    expect(r).toMatchObject({ ok: false, conflict: { en: expect.any(String) } });
    expect(raced.storedEvents().map((e) => e.event.type)).toEqual(["START", ...Array(5).fill("PROGRESS")]);
  });

  it("finds a stored event by its id, accepted or rejected on load", async () => {
    const store = await storeWithPlan();
    const rejected = report();
    await store.append({ plan: "thanh-xuan-70", activity: "t1-4.2", events: [rejected] });
    const runtime = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    const started = start();
    await runtime.submit(started as never);
    expect(runtime.findEvent(started.id)?.position).toBe(2);
    expect(runtime.findEvent(rejected.id)?.position).toBe(1);
    expect(runtime.findEvent("khong-co")).toBeUndefined();
  });

  it("runs the plan with the plugins it names, and says which package is missing", async () => {
    const store = await storeWithPlan([{ id: "duyet-quan", version: "^0.3.0" }]);
    const kehoach = createKehoach({ plugins: [approval] });
    const runtime = (await openPlanRuntime(store, "thanh-xuan-70", kehoach))!;
    await runtime.submit(start() as never);
    await runtime.submit(report() as never);
    const reward = makeEvent("t1-4.2", "REWARD", { by: { unit: ISSUER }, at: "2024-09-25T08:00:00+07:00" });
    expect(await runtime.submit(reward as never)).toMatchObject({
      ok: false,
      error: { code: "lifecycle.invalid-transition" },
    });
    const approve = makeEvent("t1-4.2", "APPROVE", {
      by: { unit: ISSUER },
      at: "2024-09-22T08:00:00+07:00",
      payload: {},
    });
    expect(await runtime.submit(approve as never)).toMatchObject({ ok: true });
    expect(runtime.lifecycle.label(runtime.state().activity("t1-4.2")!.status).vi).toBe("Đã duyệt");
    expect(runtime.stateAt("2024-09-21").activity("t1-4.2")?.status).toBe("reported");

    await expect(openPlanRuntime(store, "thanh-xuan-70", createKehoach())).rejects.toThrow(PlanEngineError);
    await expect(openPlanRuntime(store, "thanh-xuan-70")).rejects.toThrow(/@kehoach\/plugin-duyet-quan/u);
  });

  it("keeps events a stored log holds but this lifecycle rejects, with why", async () => {
    const store = await storeWithPlan();
    await store.append({ plan: "thanh-xuan-70", activity: "t1-4.2", events: [report()] });
    const runtime = (await openPlanRuntime(store, "thanh-xuan-70"))!;
    expect(runtime.rejectedOnLoad().map((r) => [r.event.position, r.error.code])).toEqual([
      [1, "lifecycle.invalid-transition"],
    ]);
  });
});
