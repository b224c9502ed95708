import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { exitCodes } from "../exitCodes";
import { runCli } from "../runCli";

const fixture = fileURLToPath(new URL("../../../../fixtures/thanh-xuan-70/seed-plan.json", import.meta.url));

/** A plan.json whose `year` is a string: zod's messages about it, in both halves of the CLI's error line. */
function badPlan(): string {
  const plan = JSON.parse(readFileSync(fixture, "utf8")) as Record<string, unknown>;
  plan.year = "2024";
  const path = join(mkdtempSync(join(tmpdir(), "kehoach-zod-")), "plan.json");
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

describe("a bad plan.json field, as the CLI reports it", () => {
  it.each([
    ["status", ["--as-of", "2024-06-30"]],
    ["export", ["--format", "md"]],
  ])("kehoach %s: zod's Vietnamese before the bar, its English after", async (command, rest) => {
    const io = memoryIO();
    expect(await runCli([command, badPlan(), ...rest], io)).toBe(exitCodes.inputErrors);
    const [vi, en] = io.err().split(" | ");
    expect(vi).toMatch(/^Lỗi: .*year.*Đầu vào không hợp lệ: mong đợi số, nhận được string/u);
    expect(vi).not.toMatch(/Invalid input|expected|received/u);
    expect(en).toContain("Invalid input: expected number, received string");
    expect(io.out()).toBe("");
  });
});
