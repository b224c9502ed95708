import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlanInput } from "@kehoach/core";
import { samplePlan } from "@kehoach/plugin-phuong-ba-dinh-80";
import { openStore } from "@kehoach/store";
import { describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { exitCodes } from "../exitCodes";
import { runCli } from "../runCli";
import type { StatusOutput } from "./status";

// The Ba Đình plan: its ward committee approves a report before the emulation council rewards it.
const dir = mkdtempSync(join(tmpdir(), "kehoach-plan-plugins-"));
const planPath = join(dir, "ba-dinh.json");
const LEAD = "cong-an-phuong-ba-dinh";
const decision = {
  kind: "decision",
  number: "301",
  symbol: "QĐ-UBND",
  date: "2025-09-25",
  month: null,
  issuer: "UBND phường Ba Đình",
  subject: null,
  text: "Quyết định số 301/QĐ-UBND ngày 25/9/2025 của UBND phường Ba Đình",
};
const line = (id: string, type: string, unit: string, day: string, payload: object = {}) =>
  JSON.stringify({
    id,
    activity: "t1-2.1",
    type,
    by: { unit },
    at: `2025-09-${day}T10:00:00+07:00`,
    payload,
  });
const start = line("e1", "START", LEAD, "01");
const report = line("e2", "REPORT", LEAD, "10", { results: { ward: { text: "Hoàn thành" } } });
const rewardTooEarly = line("e3", "REWARD", "hoi-dong-thi-dua-khen-thuong-phuong-ba-dinh", "12", {
  decision,
  form: "Giấy khen",
  recipients: [{ kind: "collective", name: "Công an phường Ba Đình" }],
});
const approve = line("e4", "APPROVE", "ubnd-phuong-ba-dinh", "20");
const reward = line("e5", "REWARD", "hoi-dong-thi-dua-khen-thuong-phuong-ba-dinh", "25", {
  decision,
  form: "Giấy khen",
  recipients: [{ kind: "collective", name: "Công an phường Ba Đình" }],
});

async function importBaDinh(): Promise<Record<string, unknown>> {
  const text = join(dir, "ba-dinh.txt");
  writeFileSync(text, samplePlan);
  const io = memoryIO();
  await runCli(["import", text, "--plugin", "phuong-ba-dinh-80", "-o", planPath, "--json"], io);
  return JSON.parse(readFileSync(planPath, "utf8")) as Record<string, unknown>;
}

describe("plans that name their plugins", () => {
  it("records the plugins a plan was imported with", async () => {
    const plan = await importBaDinh();
    expect(plan.plugins).toEqual([{ id: "phuong-ba-dinh-80", version: "^0.1.0" }]);
  });

  it("status runs the plan's own lifecycle without --plugin: APPROVE before REWARD", async () => {
    await importBaDinh();
    const events = join(dir, "events.jsonl");
    writeFileSync(events, [start, report, rewardTooEarly, approve, reward].join("\n"));
    const io = memoryIO();
    const code = await runCli(
      ["status", planPath, "--events", events, "--as-of", "2025-09-30", "--json"],
      io,
    );
    expect(code).toBe(exitCodes.inputErrors);
    const out = JSON.parse(io.out()) as StatusOutput;
    expect(out.events.rejected.map((r) => [r.line, r.code])).toEqual([[3, "lifecycle.invalid-transition"]]);
    expect(out.events.accepted).toBe(4);
    expect(out.activities.find((a) => a.code === "2.1")?.status).toBe("rewarded");

    const text = memoryIO();
    await runCli(["status", planPath, "--events", events, "--as-of", "2025-09-21"], text);
    expect(text.out()).toMatch(/2\.1\s+Chủ tịch UBND phường đã phê duyệt/u);
  });

  it("export finds the plan's plugin exporter without --plugin", async () => {
    await importBaDinh();
    const events = join(dir, "events-ok.jsonl");
    writeFileSync(events, [start, report, approve, reward].join("\n"));
    const io = memoryIO();
    const code = await runCli(
      [
        "export",
        planPath,
        "--report",
        "progress",
        "--events",
        events,
        "--as-of",
        "2025-09-30",
        "--format",
        "thong-bao-khen-thuong",
      ],
      io,
    );
    expect(io.err()).toBe("");
    expect(code).toBe(exitCodes.ok);
    expect(io.out()).toContain("THÔNG BÁO");
    expect(io.out()).toContain("Công an phường Ba Đình");
  });

  it("a plan naming a plugin that is not installed is a clear error naming the package", async () => {
    const plan = await importBaDinh();
    const other = join(dir, "other.json");
    writeFileSync(
      other,
      JSON.stringify({ ...plan, plugins: [{ id: "phuong-moc-30-4", version: "^1.0.0" }] }),
    );
    for (const args of [
      ["status", other],
      ["export", other, "--format", "md"],
    ]) {
      const io = memoryIO();
      const code = await runCli(args, io);
      expect(code).toBe(exitCodes.inputErrors);
      expect(io.err()).toContain("npm install @kehoach/plugin-phuong-moc-30-4");
      expect(io.err()).toContain("install the package @kehoach/plugin-phuong-moc-30-4");
    }
  });

  it("db import-events checks the events with the plan's own lifecycle without --plugin", async () => {
    const plan = (await importBaDinh()) as PlanInput;
    const db = join(dir, "ba-dinh.sqlite");
    const store = await openStore(db);
    await store.savePlan(plan);
    await store.close();
    const events = join(dir, "db-events.jsonl");
    writeFileSync(events, [start, report, rewardTooEarly, approve, reward].join("\n"));
    const io = memoryIO();
    const args = ["db", "import-events", events, "--plan", plan.id, "--db", db];
    expect(await runCli([...args, "--json"], io)).toBe(exitCodes.inputErrors);
    const out = JSON.parse(io.out()) as {
      imported: number;
      rejected: { line: number; id: string; code: string }[];
    };
    // The log keeps every event it was given; the one the plan's lifecycle refuses (REWARD before APPROVE) is named by line.
    expect(out.imported).toBe(5);
    expect(out.rejected.map((r) => [r.line, r.id, r.code])).toEqual([
      [3, "e3", "lifecycle.invalid-transition"],
    ]);
    expect(io.err()).toContain("db-events.jsonl:3: Dòng 3 (e3): [lifecycle.invalid-transition]");

    // With the plugin named explicitly the answer is the same; the events are already stored.
    const again = memoryIO();
    expect(await runCli([...args, "--plugin", "phuong-ba-dinh-80", "--json"], again)).toBe(
      exitCodes.inputErrors,
    );
    expect(JSON.parse(again.out())).toMatchObject({ imported: 0, duplicates: 5, rejected: [{ line: 3 }] });

    // A file of events the lifecycle accepts (APPROVE is the plugin's step) exits 0.
    const ok = join(dir, "db-events-ok.jsonl");
    writeFileSync(ok, [start, report, approve, reward].join("\n"));
    const clean = memoryIO();
    expect(await runCli(["db", "import-events", ok, "--plan", plan.id, "--db", db, "--json"], clean)).toBe(
      exitCodes.ok,
    );
    expect(JSON.parse(clean.out()).rejected).toEqual([]);
  });

  it("db import-events names the package to install when the stored plan names a missing plugin, and writes nothing", async () => {
    const plan = (await importBaDinh()) as PlanInput;
    const db = join(dir, "moc.sqlite");
    const store = await openStore(db);
    await store.savePlan({ ...plan, id: "moc", plugins: [{ id: "phuong-moc-30-4", version: "^1.0.0" }] });
    await store.close();
    const events = join(dir, "moc-events.jsonl");
    writeFileSync(events, [start, report].join("\n"));
    const io = memoryIO();
    expect(await runCli(["db", "import-events", events, "--plan", "moc", "--db", db], io)).toBe(
      exitCodes.inputErrors,
    );
    expect(io.err()).toContain("install the package @kehoach/plugin-phuong-moc-30-4");
    const after = await openStore(db);
    expect(await after.headPosition()).toBe(0);
    await after.close();
  });
});
