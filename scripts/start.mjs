#!/usr/bin/env node
// `npm start`: runs the sample dashboard (apps/dashboard) once it exists.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

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
// The dashboard's start script runs in this process (no second npm and shell in between), so
// stopping `npm start` reaches it: it passes SIGINT and SIGTERM on to the server.
await import(pathToFileURL("apps/dashboard/scripts/start.mjs").href);
