import { PassThrough } from "node:stream";
import type { CliIO } from "../src/CliIO";

/** A `CliIO` that keeps what a command writes, for in-process tests of `runCli`. */
export interface MemoryIO extends CliIO {
  /** stdout as UTF-8 text. */
  out(): string;
  /** stdout as bytes (binary formats: .docx, .xlsx, .pdf). */
  outBytes(): Buffer;
  /** stderr as UTF-8 text. */
  err(): string;
}

/** Streams in memory; `stdinText`, when given, is what the command reads on stdin. */
export function memoryIO(stdinText?: string): MemoryIO {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (d: Buffer) => out.push(d));
  stderr.on("data", (d: Buffer) => err.push(d));
  if (stdinText !== undefined) stdin.end(stdinText);
  return {
    stdout,
    stderr,
    stdin,
    env: {},
    out: () => Buffer.concat(out).toString("utf8"),
    outBytes: () => Buffer.concat(out),
    err: () => Buffer.concat(err).toString("utf8"),
  };
}
