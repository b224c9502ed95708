#!/usr/bin/env node
// `npm start`: runs the sample dashboard (apps/dashboard) once it exists.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("apps/dashboard/package.json")) {
  console.log(
    [
      "kehoach: bảng điều khiển mẫu (apps/dashboard) chưa có trong bản này.",
      "kehoach: the sample dashboard (apps/dashboard) is not in this version yet.",
      `When it lands, \`npm start\` will serve it on http://localhost:${process.env.PORT ?? 3000}`,
      "with the Thanh Xuân plan loaded into SQLite under ./data/. Meanwhile try: npx kehoach --help",
    ].join("\n"),
  );
  process.exit(0);
}
// SIGINT and SIGTERM are passed on, so stopping `npm start` stops the server (which drains and closes the store).
const run = spawn("npm", ["run", "start", "-w", "apps/dashboard"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => run.kill(signal));
run.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
