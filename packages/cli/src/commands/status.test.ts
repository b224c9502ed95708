import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { exitCodes } from "../exitCodes";
import { runCli } from "../runCli";
import type { StatusOutput } from "./status";

const fixtures = fileURLToPath(new URL("../../../../fixtures/thanh-xuan-70/", import.meta.url));
const planPath = join(fixtures, "seed-plan.json");
const eventsPath = join(fixtures, "events-2024.jsonl");

describe("kehoach status", () => {
  it("prints the status table of the seed plan as of 2024-12-31", async () => {
    const io = memoryIO();
    const code = await runCli(["status", planPath, "--events", eventsPath, "--as-of", "2024-12-31"], io);
    expect(io.err()).toBe("");
    expect(code).toBe(exitCodes.ok);
    const out = io.out();
    expect(out).toContain("Tình hình thực hiện kế hoạch đến ngày 2024-12-31");
    expect(out).toMatch(/4\.1\s+Đang thực hiện\s+2024-10-31\s+\S+\s+Chưa hoàn thành, quá hạn ⚠ quá hạn/u);
    expect(out).toContain("gia hạn 1 lần, hạn đầu 2024-11-30");
    expect(out).toMatch(/Hoàn thành quá hạn\s+1 {2}3\.8%/u);
  });

  it("writes JSON with --json: classes, rollups and each activity's code, state, overdue flag and class", async () => {
    const io = memoryIO();
    const code = await runCli(
      ["status", planPath, "--events", eventsPath, "--as-of", "2024-10-10", "--json"],
      io,
    );
    expect(code).toBe(0);
    const out = JSON.parse(io.out()) as StatusOutput;
    expect(out.asOf).toBe("2024-10-10");
    expect(out.events).toEqual({ accepted: 56, duplicates: 0, rejected: [] });
    const row = out.activities.find((a) => a.code === "3.3")!;
    expect([row.status, row.overdue, row.class]).toEqual(["reported", false, "completed-late"]);
    expect(out.classes["completed-late"]).toEqual({ count: 1, percent: 3.8 });
    expect(out.byWard.find((w) => w.ward === "thuong-dinh")).toMatchObject({ parts: 1, reported: 1 });
  });

  it("lists rejected events with their line numbers and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-status-"));
    const events = join(dir, "events.jsonl");
    const good = readFileSync(eventsPath, "utf8").split("\n").slice(0, 3).join("\n");
    const bad = [
      good,
      "",
      "{not json",
      JSON.stringify({
        id: "x-1",
        activity: "t1-4.2",
        type: "START",
        by: { unit: "hoi-lien-hiep-phu-nu" },
        at: "2024-04-05T09:00:00+07:00",
      }),
    ].join("\n");
    writeFileSync(events, bad);
    const io = memoryIO();
    const code = await runCli(
      ["status", planPath, "--events", events, "--as-of", "2024-06-30", "--json"],
      io,
    );
    expect(code).toBe(exitCodes.inputErrors);
    const out = JSON.parse(io.out()) as StatusOutput;
    expect(out.events.rejected.map((r) => [r.line, r.id, r.code])).toEqual([
      [5, null, "event.not-json"],
      [6, "x-1", "lifecycle.not-lead"],
    ]);
    const text = memoryIO();
    expect(await runCli(["status", planPath, "--events", events, "--as-of", "2024-06-30"], text)).toBe(1);
    expect(text.err()).toContain("Dòng 6 (x-1): [lifecycle.not-lead]");
    expect(text.err()).toContain("Line 6: only a lead unit may start");
  });

  it("answers a bad --as-of with exit 2 and a missing plan file with exit 1", async () => {
    const io = memoryIO();
    expect(await runCli(["status", planPath, "--as-of", "31/12/2024"], io)).toBe(exitCodes.usage);
    expect(io.err()).toContain("--as-of");
    const missing = memoryIO();
    expect(await runCli(["status", "/nonexistent/plan.json"], missing)).toBe(exitCodes.inputErrors);
    expect(missing.err()).toContain("không đọc được tệp kế hoạch");
  });

  it("refuses a day that is not on the calendar, in --as-of (exit 1) and in a plan.json (exit 1)", async () => {
    const io = memoryIO();
    expect(await runCli(["status", planPath, "--as-of", "2024-02-30"], io)).toBe(exitCodes.inputErrors);
    expect(io.err()).toBe(
      'Lỗi: --as-of: "2024-02-30" không phải một ngày có trên lịch | Error: --as-of: "2024-02-30" is not a day of the calendar\n',
    );
    expect(io.out()).toBe("");
    const leap = memoryIO();
    expect(await runCli(["status", planPath, "--as-of", "2024-02-29", "--json"], leap)).toBe(0);

    const plan = JSON.parse(readFileSync(planPath, "utf8")) as {
      activities: { id: string; time: { period: { end: string | null } | null } }[];
    };
    const index = plan.activities.findIndex((a) => a.time.period?.end);
    const period = plan.activities[index]?.time.period;
    if (!period) throw new Error("the fixture has an activity with a period end");
    period.end = "2024-13-45";
    const dir = mkdtempSync(join(tmpdir(), "kehoach-status-"));
    const path = join(dir, "plan.json");
    writeFileSync(path, JSON.stringify(plan));
    const bad = memoryIO();
    expect(await runCli(["status", path, "--as-of", "2024-06-30"], bad)).toBe(exitCodes.inputErrors);
    expect(bad.err()).toContain(`${path} is not a valid plan`);
    expect(bad.err()).toContain(`activities.${index}.time.period.end`);
    expect(bad.out()).toBe("");
  });

  it("rejects a file that is not a plan with exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-status-"));
    const path = join(dir, "plan.json");
    writeFileSync(path, JSON.stringify({ id: "x" }));
    const io = memoryIO();
    expect(await runCli(["status", path], io)).toBe(exitCodes.inputErrors);
    expect(io.err()).toContain("is not a valid plan");
  });
});
