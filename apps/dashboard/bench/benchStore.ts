// The store the dashboard benchmark serves: the seed plans and demo accounts
// (seedStore, as a first start makes them), a 5,000-activity plan for GET
// status, one account per lead unit of the activities the clients post to,
// and one busy activity that already has thousands of PROGRESS events.
import { type Activity, createKehoach, type Plan, type PlanEvent } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import { phuongBaDinh80 } from "@kehoach/plugin-phuong-ba-dinh-80";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { openPlanRuntime, openStore, type Store } from "@kehoach/store";
import { vietnamNow } from "../src/server/plan/vietnamNow";
import { seedStore } from "../src/server/seed/seedStore";

/** The plugins the server runs with (as `npm start` does). */
export const benchKehoach = createKehoach({ plugins: [thanhXuan70, phuongBaDinh80] });
/** The seed plan the clients post to. */
export const SEED_PLAN = thanhXuan70.plans[0]?.id ?? "";
/** The 5,000-activity plan GET status reads. */
export const BIG_PLAN = "bench-5000";
/** The password of every account of the benchmark. */
export const BENCH_PASSWORD = "mat-khau-do-tai";
/** The busy activity (3.1, led by TTVH-TT&TT). */
export const BUSY_ACTIVITY = "t1-3.1";
const ISSUER = { username: "ubnd-quan", unit: "ubnd-quan-thanh-xuan" };

/** Where a client posts: the activity and the account that may post PROGRESS to it. */
export interface PostTarget {
  activity: string;
  username: string;
  unit: string;
}

/** The seed plan's leaf activities repeated until the plan has `count` rows (ids and codes renumbered). */
async function bigPlan(count: number): Promise<Plan> {
  const plan = await seedPlan();
  const leaves = plan.activities.filter((a) => !a.isSection && a.table === 0);
  const activities: Activity[] = [];
  for (let i = 0; i < count; i++) {
    const a = leaves[i % leaves.length] as Activity;
    activities.push({
      ...a,
      id: `t1-${i + 1}`,
      code: String(i + 1),
      parent: null,
      table: 0,
      isSection: false,
    });
  }
  return { ...plan, id: BIG_PLAN, title: `${plan.title} (${count} hoạt động / activities)`, activities };
}

async function seedPlan(): Promise<Plan> {
  const source = thanhXuan70.plans[0];
  if (!source) throw new Error("the plugin ships no plan");
  const { plan } = await importPlan(
    { data: source.content, fileName: source.fileName ?? "seed.txt", format: "text" },
    { plugins: [thanhXuan70], year: source.year },
  );
  if (!plan) throw new Error("the seed plan could not be imported");
  return plan;
}

/**
 * Twenty activities of the seed plan and who posts to each: the table 1 leaves
 * whose first lead is one unit (each by an account of that unit), then table
 * 2's rows, which name no lead (by the issuer).
 */
export function postTargets(plan: Plan, count = 20): PostTarget[] {
  const targets: PostTarget[] = [];
  for (const a of plan.activities) {
    if (a.isSection) continue;
    const lead = a.leads[0];
    if (a.table === 0 && lead?.unitId && lead.scope !== "group") {
      targets.push({ activity: a.id, username: `bench-${lead.unitId}`.slice(0, 64), unit: lead.unitId });
    } else if (a.table === 1) {
      targets.push({ activity: a.id, username: ISSUER.username, unit: ISSUER.unit });
    }
  }
  return targets.slice(0, count);
}

/** A PROGRESS event as a client sends it (the server adds id, by and at). */
export function progressBody(n: number): { type: "PROGRESS"; payload: { percent: number; note: string } } {
  return { type: "PROGRESS", payload: { percent: n % 101, note: `Đã thực hiện đợt ${n}` } };
}

/** The same event as the server stores it, for the bare store's appends. */
export function progressEvent(target: PostTarget, n: number, at: string, machineVersion: string): PlanEvent {
  return {
    id: crypto.randomUUID(),
    activity: target.activity,
    type: "PROGRESS",
    by: { unit: target.unit, person: `Cán bộ ${target.username}` },
    at,
    payload: progressBody(n).payload,
    machineVersion,
  };
}

/**
 * Fills a fresh store at `url`: the seed plans and demo accounts, the big
 * plan, an account per target unit, START on every target, and `history`
 * PROGRESS events on the busy activity (written in batches, then replayed by
 * the engine to check that none is rejected). Answers the targets.
 */
export async function prepareBenchStore(
  url: string,
  options: { activities: number; history: number },
): Promise<{ targets: PostTarget[]; machineVersion: string }> {
  const store = await openStore(url);
  try {
    await seedStore(store, { plugins: benchKehoach.plugins, password: BENCH_PASSWORD });
    await store.savePlan(await bigPlan(options.activities), { note: "bench" });
    const plan = await store.getPlan(SEED_PLAN);
    if (!plan) throw new Error("the seed plan was not saved");
    const targets = postTargets(plan);
    await createAccounts(store, targets);
    const machineVersion = await startAndFill(store, targets, options.history);
    return { targets, machineVersion };
  } finally {
    await store.close();
  }
}

async function createAccounts(store: Store, targets: readonly PostTarget[]): Promise<void> {
  const existing = new Set((await store.accounts.list()).map((a) => a.username));
  for (const t of targets) {
    if (existing.has(t.username)) continue;
    await store.accounts.create({
      username: t.username,
      password: BENCH_PASSWORD,
      role: "unit-officer",
      unit: t.unit,
    });
    existing.add(t.username);
  }
}

async function startAndFill(store: Store, targets: readonly PostTarget[], history: number): Promise<string> {
  const runtime = await openPlanRuntime(store, SEED_PLAN, benchKehoach);
  if (!runtime) throw new Error("the seed plan does not open");
  const machineVersion = runtime.runtime().engine.machineVersion;
  const t0 = Date.now() - (history + targets.length + 10) * 1000;
  let tick = 0;
  for (const t of targets) {
    const start: PlanEvent = {
      id: crypto.randomUUID(),
      activity: t.activity,
      type: "START",
      by: { unit: t.unit },
      at: vietnamNow(t0 + tick++ * 1000),
      payload: {},
      machineVersion,
    };
    const r = await runtime.submit(start);
    if (!r.ok) throw new Error(`START ${t.activity}: ${JSON.stringify(r)}`);
  }
  const busy = targets.find((t) => t.activity === BUSY_ACTIVITY);
  if (!busy) throw new Error(`${BUSY_ACTIVITY} is not among the targets`);
  for (let done = 0; done < history; ) {
    const n = Math.min(500, history - done);
    const events = Array.from({ length: n }, (_, i) =>
      progressEvent(busy, done + i, vietnamNow(t0 + tick++ * 1000), machineVersion),
    );
    await store.append({ plan: SEED_PLAN, activity: BUSY_ACTIVITY, events });
    done += n;
  }
  await runtime.sync();
  const rejected = runtime.rejectedOnLoad().length;
  if (rejected > 0) throw new Error(`${rejected} prepared events were rejected by the engine`);
  return machineVersion;
}
