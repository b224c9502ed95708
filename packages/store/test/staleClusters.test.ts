import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeStaleClusters } from "../../../fixtures/postgres/pgCluster";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function clusterFolder(owner: number | null): string {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-pg-"));
  made.push(dir);
  if (owner !== null) writeFileSync(join(dir, "owner.pid"), `${owner}\n`);
  return dir;
}

describe("removeStaleClusters", () => {
  it("removes a cluster folder whose owner process has ended, and keeps this run's and a fresh unowned one", () => {
    // A process that has ended: its pid names no live process (pids are not reused this fast).
    const ended = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const deadPid = Number(ended.stdout.trim());
    const left = clusterFolder(deadPid);
    const ours = clusterFolder(process.pid);
    const unowned = clusterFolder(null);
    const removed = removeStaleClusters();
    expect(removed).toContain(left);
    expect(existsSync(left)).toBe(false);
    expect(existsSync(ours)).toBe(true);
    expect(existsSync(unowned)).toBe(true);
  });

  it("removes an unowned folder an hour old with no postmaster", () => {
    const unowned = clusterFolder(null);
    expect(removeStaleClusters(Date.now() + 2 * 60 * 60 * 1000)).toContain(unowned);
    expect(existsSync(unowned)).toBe(false);
  });
});
