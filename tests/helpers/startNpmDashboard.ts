import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";

/** `npm start` running in a child process, as an office would run it. */
export interface NpmDashboard {
  /** The base URL the server printed. */
  url: string;
  /** The `npm start` process (signals go to it). */
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code and signal of `npm start`. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const root = join(import.meta.dirname, "../..");

/**
 * Runs the repository's `npm start` on a free loopback port with the given
 * environment (a data folder of the test's own, a demo password) and waits
 * for the line that names its URL. Rejects with the output when it exits or
 * takes longer than `timeoutMs` (it builds the UI first when it is stale).
 */
export function startNpmDashboard(env: Record<string, string>, timeoutMs = 240_000): Promise<NpmDashboard> {
  return startDashboardProcess("npm", ["start"], { cwd: root, env, timeoutMs, label: "npm start" });
}

/**
 * Runs a dashboard server command (`npm start`, or the server's `main.ts` under node) on a free loopback
 * port, with the demo year off unless `env` turns it on, and waits for the line that names its URL.
 * Rejects with the output when it exits or takes longer than `timeoutMs`.
 */
export async function startDashboardProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number; label: string },
): Promise<NpmDashboard> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    // The tests drive activities from their first event: no demo year.
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", KEHOACH_DEMO_EVENTS: "0", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (d: Buffer) => {
    text += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    text += d.toString();
  });
  const exited = once(child, "exit").then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const started = Date.now();
  while (Date.now() - started < options.timeoutMs) {
    const match = /dashboard on (http:\/\/[^\s]+)/.exec(text);
    if (match?.[1]) return { url: match[1], child, output: () => text, exited };
    if (child.exitCode !== null || child.signalCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`${options.label} did not start:\n${text}`);
}
