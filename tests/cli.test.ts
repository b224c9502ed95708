import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..");
const bin = join(root, "node_modules/.bin/kehoach");

/** Runs the built `kehoach` as users do and returns its exit code and output. */
async function kehoach(...args: string[]) {
  try {
    const { stdout, stderr } = await run(bin, args, { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("the built kehoach command", () => {
  it("is linked at the root after npm install", () => {
    expect(existsSync(bin)).toBe(true);
  });

  it("--version prints the cli package version", async () => {
    const { version } = (await import("../packages/cli/package.json", { with: { type: "json" } })).default;
    const result = await kehoach("--version");
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists the commands and the exit codes", async () => {
    const result = await kehoach("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: kehoach/);
    expect(result.stdout).toContain("Commands:");
    expect(result.stdout).toContain("info");
    expect(result.stdout).toContain("Exit codes");
  });

  it("a bad flag exits 2 with one clear bilingual line and no stack trace", async () => {
    const result = await kehoach("--no-such-flag");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe(
      "Lỗi: tùy chọn không hợp lệ '--no-such-flag' | Error: unknown option '--no-such-flag'",
    );
    expect(result.stderr).not.toContain("    at ");
  });

  it("an unknown command exits 2", async () => {
    const result = await kehoach("no-such-command");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Error: unknown command 'no-such-command'");
  });
});
