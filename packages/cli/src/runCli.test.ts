import { describe, expect, it } from "vitest";
import { memoryIO } from "../test/memoryIO";
import { CliError } from "./CliError";
import type { CommandModule } from "./CommandModule";
import { commandModules } from "./commands/index";
import { exitCodes } from "./exitCodes";
import { runCli } from "./runCli";

const failing: CommandModule = {
  name: "fail",
  register(program) {
    program.command("fail").action(() => {
      throw new CliError({ vi: "tệp không đọc được", en: "file cannot be read" });
    });
  },
};

const crashing: CommandModule = {
  name: "crash",
  register(program) {
    program.command("crash").action(() => {
      throw new TypeError("boom");
    });
  },
};

describe("runCli", () => {
  it("prints the version and exits 0", async () => {
    const io = memoryIO();
    expect(await runCli(["--version"], io)).toBe(exitCodes.ok);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("lists every registered command in --help", async () => {
    const io = memoryIO();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const module of commandModules) expect(io.out()).toContain(module.name);
    expect(io.out()).toContain("Exit codes");
  });

  it("answers an unknown option with exit 2 and one bilingual line", async () => {
    const io = memoryIO();
    expect(await runCli(["--nope"], io)).toBe(exitCodes.usage);
    const [first] = io.err().split("\n");
    expect(first).toBe("Lỗi: tùy chọn không hợp lệ '--nope' | Error: unknown option '--nope'");
    expect(io.err()).not.toMatch(/at .*\.ts:\d+/);
  });

  it("answers an unknown command with exit 2", async () => {
    const io = memoryIO();
    expect(await runCli(["frobnicate"], io)).toBe(exitCodes.usage);
    expect(io.err()).toContain("lệnh không tồn tại 'frobnicate'");
  });

  it("turns a CliError into its exit code and message, without a stack trace", async () => {
    const io = memoryIO();
    expect(await runCli(["fail"], io, [failing])).toBe(exitCodes.inputErrors);
    expect(io.err()).toBe("Lỗi: tệp không đọc được | Error: file cannot be read\n");
  });

  it("reports an unexpected error as one line with exit 1", async () => {
    const io = memoryIO();
    expect(await runCli(["crash"], io, [crashing])).toBe(1);
    expect(io.err().trim().split("\n")).toHaveLength(1);
    expect(io.err()).toContain("unexpected error: boom");
  });

  it("prints environment details as JSON with info --json", async () => {
    const io = memoryIO();
    expect(await runCli(["info", "--json"], io)).toBe(0);
    const info = JSON.parse(io.out()) as { node: string; packages: Record<string, string> };
    expect(info.node).toBe(process.version);
    expect(info.packages["@kehoach/cli"]).toMatch(/^\d/);
    const text = memoryIO();
    expect(await runCli(["info"], text)).toBe(0);
    expect(text.out()).not.toMatch(/chromium[^\n]*PDF export,/iu);
  });
});
