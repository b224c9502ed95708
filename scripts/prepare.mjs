#!/usr/bin/env node
// Runs after `npm install` / `npm ci`: builds the `kehoach` command and the
// packages it depends on, so `npx kehoach` works on a fresh clone. Cached by turbo.
import { spawnSync } from "node:child_process";

const result = spawnSync(
  "npx",
  ["turbo", "run", "build", "--filter=@kehoach/cli...", "--output-logs=errors-only"],
  {
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
  },
);
process.exit(result.status ?? 1);
