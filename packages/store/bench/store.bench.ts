// @kehoach/store against bare drivers, side by side in one run, on the same rows:
// durable single-event appends, batched appends, loading 1,000,000 events.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlanEventInput } from "@kehoach/core";
import Database from "better-sqlite3";
import pg from "pg";
import { findPgBinDir, startPgCluster } from "../../../fixtures/postgres/pgCluster";
import { report } from "../../../scripts/bench-kit.ts";
import type { EventRow } from "../src/backend/Backend";
import { openStore, type Store } from "../src/index";
import { MIGRATIONS_TABLE_SQL, migrations } from "../src/migrations";
import { planAppend } from "../src/planAppend";
import { createPgDatabase } from "../test/pgDatabase";

const LOAD_EVENTS = Number(process.env.KEHOACH_BENCH_LOAD_EVENTS ?? 1_000_000);
const PG_LOAD_EVENTS = Number(process.env.KEHOACH_BENCH_PG_LOAD_EVENTS ?? 200_000);
const BATCH = 1000;
const dir = mkdtempSync(join(tmpdir(), "kehoach-store-bench-"));
let seq = 0;

function event(activity = "t1-4.2"): PlanEventInput {
  seq++;
  return {
    id: `b-${seq}`,
    activity,
    type: "PROGRESS",
    by: { unit: "phong-lao-dong-thuong-binh-xa-hoi", person: "Nguyễn Thị Hoa" },
    at: "2024-09-15T08:30:00+07:00",
    payload: {
      note: "Đã tặng quà 55 gia đình chính sách",
      percent: 60,
      achieved: [{ noun: "gia đình", quantity: 55 }],
    },
    machineVersion: "1",
  };
}

/** The rows our store would write, computed outside the timed part, for the bare baseline. */
function rowsFor(count: number, startPosition: number, activity = "t1-4.2"): EventRow[] {
  const { rows } = planAppend(
    {
      head: { position: startPosition, hash: "0".repeat(64) },
      streamVersion: startPosition,
      existing: [],
      latestPlanVersion: null,
    },
    {
      plan: "thanh-xuan-70",
      activity,
      events: Array.from({ length: count }, () => {
        const e = event(activity);
        return { ...e, payload: e.payload ?? {}, machineVersion: "1" };
      }),
      expectedVersion: "any",
      planVersion: undefined,
      recordedAt: new Date().toISOString(),
    },
  );
  return rows;
}

/** Measures ours and the baseline in alternating slices, so a busy machine weighs on both alike. */
async function sideBySide(
  ours: () => Promise<number> | number,
  bare: () => Promise<number> | number,
  totalMs: number,
): Promise<[number, number]> {
  const slices = 6;
  const done = [0, 0];
  const spent = [0, 0];
  await ours();
  await bare();
  for (let i = 0; i < slices; i++) {
    for (const [k, fn] of [ours, bare].entries()) {
      const start = performance.now();
      while (performance.now() - start < totalMs / slices / 2) done[k] = (done[k] ?? 0) + (await fn());
      spent[k] = (spent[k] ?? 0) + performance.now() - start;
    }
  }
  return [((done[0] ?? 0) * 1000) / (spent[0] ?? 1), ((done[1] ?? 0) * 1000) / (spent[1] ?? 1)];
}

function bareSqlite(file: string, synchronous = "FULL") {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(MIGRATIONS_TABLE_SQL);
  for (const m of migrations) for (const sql of m.sqlite) db.exec(sql);
  const insert =
    db.prepare(`INSERT INTO events (position, event_id, plan_id, plan_version, activity, ward, stream_version,
    type, by_unit, by_person, at, machine_version, payload, recorded_at, prev_hash, hash) VALUES (@position, @eventId, @plan,
    @planVersion, @activity, @ward, @streamVersion, @type, @byUnit, @byPerson, @at, @machineVersion, @payload, @recordedAt,
    @prevHash, @hash)`);
  const head = db.prepare("UPDATE chain_head SET position = ?, hash = ? WHERE id = 1");
  const write = db.transaction((rows: EventRow[]) => {
    for (const row of rows) insert.run(row);
    const last = rows[rows.length - 1];
    if (last) head.run(last.position, last.hash);
  });
  return { db, write };
}

async function sqliteBenches(): Promise<void> {
  // Durable single-event appends (synchronous=FULL: each one fsynced).
  const ours = await openStore(`sqlite:${join(dir, "single.sqlite")}`);
  const bare = bareSqlite(join(dir, "single-bare.sqlite"));
  let position1 = 0;
  const [oursSingle, bareSingle] = await sideBySide(
    async () =>
      (await ours.append({ plan: "thanh-xuan-70", activity: "t1-4.2", events: [event()] })).appended,
    () => {
      bare.write(rowsFor(1, position1++));
      return 1;
    },
    4000,
  );
  await ours.close();
  bare.db.close();
  report({
    package: "store",
    benchmark: "SQLite durable single-event appends",
    ours: oursSingle,
    baseline: bareSingle,
    baselineName: "bare better-sqlite3, same rows",
    unit: "events/s",
    ratio: oursSingle / bareSingle,
    target: "≥ 0.7× bare",
  });

  // Batched appends: 1,000 events per append.
  const batched = await openStore(`sqlite:${join(dir, "batched.sqlite")}`);
  const bare2 = bareSqlite(join(dir, "batched-bare.sqlite"));
  let position = 0;
  const [oursBatched, bareBatched] = await sideBySide(
    async () => {
      const events = Array.from({ length: BATCH }, () => event());
      return (await batched.append({ plan: "thanh-xuan-70", activity: "t1-4.2", events })).appended;
    },
    () => {
      const rows = rowsFor(BATCH, position);
      position += BATCH;
      bare2.write(rows);
      return BATCH;
    },
    6000,
  );
  await batched.close();
  bare2.db.close();
  report({
    package: "store",
    benchmark: "SQLite batched appends (1,000 per append)",
    ours: oursBatched,
    baseline: bareBatched,
    baselineName: "bare better-sqlite3 (rows and hashes computed inside the loop)",
    unit: "events/s",
    ratio: oursBatched / bareBatched,
    target: "≥ 50,000/s and ≥ 0.7× bare",
  });

  // Loading 1,000,000 events.
  const file = join(dir, "load.sqlite");
  const fill = bareSqlite(file, "OFF");
  for (let p = 0; p < LOAD_EVENTS; p += 10_000) fill.write(rowsFor(Math.min(10_000, LOAD_EVENTS - p), p));
  fill.db.exec("INSERT INTO kehoach_schema_migrations VALUES (1, 'm1', ''), (2, 'm2', '')");
  fill.db.close();
  const load = await openStore(file);
  const oursLoad = await timeBest(async () => {
    let n = 0;
    for await (const batch of load.readEventBatches({ plan: "thanh-xuan-70" })) n += batch.length;
    if (n !== LOAD_EVENTS) throw new Error(`read ${n}`);
  });
  const reader = new Database(file, { readonly: true });
  const select = reader.prepare(
    `SELECT position, event_id, plan_id, plan_version, activity, ward, stream_version, type, by_unit, by_person, at,
     machine_version, payload, recorded_at, prev_hash, hash FROM events WHERE plan_id = ? ORDER BY position`,
  );
  const bareLoad = await timeBest(() => {
    let n = 0;
    for (const row of select.iterate("thanh-xuan-70") as IterableIterator<Record<string, string>>) {
      JSON.parse(row.payload ?? "null");
      n++;
    }
    if (n !== LOAD_EVENTS) throw new Error(`read ${n}`);
  });
  reader.close();
  report({
    package: "store",
    benchmark: `SQLite loading ${LOAD_EVENTS.toLocaleString("en")} events`,
    ours: oursLoad,
    baseline: bareLoad,
    baselineName: "bare better-sqlite3 iterate + JSON.parse",
    unit: "ms",
    ratio: bareLoad / oursLoad,
    target: "≥ 0.7× bare (ratio = bare time / our time)",
  });
  await snapshotBench(load);
  await load.close();
}

async function snapshotBench(store: Store): Promise<void> {
  const policy = {
    every: 1000,
    machineVersion: "bench",
    reduce: (s: number | undefined, e: readonly unknown[]) => (s ?? 0) + e.length,
  };
  const full = await timeBest(() => store.loadState("thanh-xuan-70", policy), 1);
  const head = await store.headPosition();
  await store.saveSnapshot({
    plan: "thanh-xuan-70",
    version: head - 500,
    machineVersion: "bench",
    data: head - 500,
  });
  const fromSnapshot = await timeBest(() => store.loadState("thanh-xuan-70", policy));
  report({
    package: "store",
    benchmark: "SQLite loadState: latest snapshot + 500-event tail vs full replay",
    ours: fromSnapshot,
    baseline: full,
    baselineName: "replaying every event",
    unit: "ms",
    ratio: full / fromSnapshot,
  });
}

async function timeBest(fn: () => unknown, runs = 3): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function postgresBenches(): Promise<void> {
  const bin = findPgBinDir();
  if (!bin) {
    console.log("PostgreSQL not found: the PostgreSQL rows are skipped");
    return;
  }
  const cluster = await startPgCluster(bin);
  try {
    const url = await createPgDatabase(cluster.url, "bench");
    const bareUrl = await createPgDatabase(cluster.url, "bare");
    const ours = await openStore(url);
    const bare = new pg.Client({ connectionString: bareUrl });
    await bare.connect();
    for (const m of migrations) for (const sql of m.postgres) await bare.query(sql);
    const bareWrite = async (rows: EventRow[]) => {
      await bare.query("BEGIN");
      await bare.query("SELECT position FROM chain_head WHERE id = 1 FOR UPDATE");
      await bare.query(
        `INSERT INTO events SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[],
         $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])`,
        [
          rows.map((r) => r.position),
          rows.map((r) => r.eventId),
          rows.map((r) => r.plan),
          rows.map((r) => r.planVersion),
          rows.map((r) => r.activity),
          rows.map((r) => r.ward),
          rows.map((r) => r.streamVersion),
          rows.map((r) => r.type),
          rows.map((r) => r.byUnit),
          rows.map((r) => r.byPerson),
          rows.map((r) => r.at),
          rows.map((r) => r.machineVersion),
          rows.map((r) => r.payload),
          rows.map((r) => r.recordedAt),
          rows.map((r) => r.prevHash),
          rows.map((r) => r.hash),
        ],
      );
      const last = rows[rows.length - 1];
      await bare.query("UPDATE chain_head SET position = $1, hash = $2 WHERE id = 1", [
        last?.position,
        last?.hash,
      ]);
      await bare.query("COMMIT");
    };
    let position = 0;
    const [oursSingle, bareSingle] = await sideBySide(
      async () =>
        (await ours.append({ plan: "thanh-xuan-70", activity: "t1-4.2", events: [event()] })).appended,
      async () => {
        await bareWrite(rowsFor(1, position++));
        return 1;
      },
      4000,
    );
    report({
      package: "store",
      benchmark: "PostgreSQL single-event appends (fsync off in the throwaway cluster)",
      ours: oursSingle,
      baseline: bareSingle,
      baselineName: "bare pg, same rows",
      unit: "events/s",
      ratio: oursSingle / bareSingle,
      target: "≥ 0.7× bare",
    });
    const [oursBatched, bareBatched] = await sideBySide(
      async () => {
        const events = Array.from({ length: BATCH }, () => event());
        return (await ours.append({ plan: "thanh-xuan-70", activity: "t1-4.2", events })).appended;
      },
      async () => {
        await bareWrite(rowsFor(BATCH, position));
        position += BATCH;
        return BATCH;
      },
      6000,
    );
    report({
      package: "store",
      benchmark: "PostgreSQL batched appends (1,000 per append)",
      ours: oursBatched,
      baseline: bareBatched,
      baselineName: "bare pg unnest insert",
      unit: "events/s",
      ratio: oursBatched / bareBatched,
      target: "≥ 0.7× bare",
    });
    await ours.close();

    const loadUrl = await createPgDatabase(cluster.url, "load");
    const filler = await openStore(loadUrl, { migrate: true });
    await filler.close();
    const fillClient = new pg.Client({ connectionString: loadUrl });
    await fillClient.connect();
    const saved = bare;
    for (let p = 0; p < PG_LOAD_EVENTS; p += 10_000) {
      const rows = rowsFor(Math.min(10_000, PG_LOAD_EVENTS - p), p);
      await fillClient.query(
        `INSERT INTO events SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[],
         $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])`,
        [
          rows.map((r) => r.position),
          rows.map((r) => r.eventId),
          rows.map((r) => r.plan),
          rows.map((r) => r.planVersion),
          rows.map((r) => r.activity),
          rows.map((r) => r.ward),
          rows.map((r) => r.streamVersion),
          rows.map((r) => r.type),
          rows.map((r) => r.byUnit),
          rows.map((r) => r.byPerson),
          rows.map((r) => r.at),
          rows.map((r) => r.machineVersion),
          rows.map((r) => r.payload),
          rows.map((r) => r.recordedAt),
          rows.map((r) => r.prevHash),
          rows.map((r) => r.hash),
        ],
      );
    }
    const loader = await openStore(loadUrl);
    const oursLoad = await timeBest(async () => {
      let n = 0;
      for await (const batch of loader.readEventBatches({ plan: "thanh-xuan-70" })) n += batch.length;
      if (n !== PG_LOAD_EVENTS) throw new Error(`read ${n}`);
    }, 2);
    const bareLoad = await timeBest(async () => {
      let n = 0;
      let after = 0;
      for (;;) {
        const { rows } = await fillClient.query(
          "SELECT * FROM events WHERE plan_id = $1 AND position > $2 ORDER BY position LIMIT 5000",
          ["thanh-xuan-70", after],
        );
        if (rows.length === 0) break;
        for (const row of rows) JSON.parse(row.payload);
        n += rows.length;
        after = Number(rows[rows.length - 1].position);
      }
      if (n !== PG_LOAD_EVENTS) throw new Error(`read ${n}`);
    }, 2);
    report({
      package: "store",
      benchmark: `PostgreSQL loading ${PG_LOAD_EVENTS.toLocaleString("en")} events`,
      ours: oursLoad,
      baseline: bareLoad,
      baselineName: "bare pg keyset pages + JSON.parse",
      unit: "ms",
      ratio: bareLoad / oursLoad,
      target: "≥ 0.7× bare (ratio = bare time / our time)",
    });
    await loader.close();
    await fillClient.end();
    await saved.end();
  } finally {
    cluster.stop();
  }
}

try {
  await sqliteBenches();
  await postgresBenches();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
