import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "./CliIO";
import { createProgressBar } from "./createProgressBar";

function io(isTTY: boolean, env: Record<string, string> = {}): CliIO & { err: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY });
  let err = "";
  stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  return { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env, err: () => err };
}

describe("createProgressBar", () => {
  it("draws on a TTY and clears when stopped", () => {
    const target = io(true);
    const bar = createProgressBar(target, { total: 4, label: "Nhập", throttleMs: 0 });
    expect(bar.visible).toBe(true);
    bar.update(2);
    bar.update(4);
    bar.stop();
    expect(target.err()).toContain(" 50% 2/4");
    expect(target.err()).toContain("100% 4/4");
    expect(target.err().endsWith("\r\x1b[2K")).toBe(true);
  });

  it.each([
    ["not a TTY", io(false), {}],
    ["--json", io(true), { json: true }],
    ["CI logs", io(true, { CI: "true" }), {}],
  ])("stays silent for %s", (_name, target, extra) => {
    const bar = createProgressBar(target, { total: 10, label: "x", throttleMs: 0, ...extra });
    bar.update(5);
    bar.stop();
    expect(bar.visible).toBe(false);
    expect(target.err()).toBe("");
  });
});
