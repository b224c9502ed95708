#!/usr/bin/env node
// `npm start` in apps/dashboard: builds the UI when its sources are newer than
// dist/ui (fast when already built), then runs the server on PORT (default 3000).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(app, "dist/ui/index.html");

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const inputs = [join(app, "src/ui"), join(app, "vite.config.ts"), join(app, "package.json")];
const stale = !existsSync(built) || Math.max(...inputs.map(newest)) > statSync(built).mtimeMs;
if (stale) {
  console.log("kehoach: dựng giao diện / building the UI (vite build)…");
  const { build } = await import("vite");
  try {
    await build({ configFile: join(app, "vite.config.ts"), root: join(app, "src/ui"), logLevel: "warn" });
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}

// `npm start` is the sample app: a freshly seeded store gets the demo year of events (with the
// "Dữ liệu mẫu / demo data" banner) unless KEHOACH_DEMO_EVENTS=0 says otherwise.
const env = { ...process.env, KEHOACH_DEMO_EVENTS: process.env.KEHOACH_DEMO_EVENTS ?? "1" };
const server = spawn(
  process.execPath,
  ["--conditions=@kehoach/source", "--import", "tsx", join(app, "src/server/main.ts")],
  { cwd: app, stdio: "inherit", env },
);
// SIGINT and SIGTERM go on to the server, which drains its requests and closes the store.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
// npm runs this script under `sh -c`, and a SIGTERM sent to npm ends that shell without reaching
// us: when our parent is gone (we are re-parented), stop the server as if we had been told to.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) server.kill("SIGTERM");
}, 500).unref();
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
