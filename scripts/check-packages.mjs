#!/usr/bin/env node
// Checks every published workspace package the way npm users will meet it:
// `publint --strict` on the folder and `attw --pack` on the packed tarball.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const failures = [];
for (const name of readdirSync("packages")) {
  const dir = join("packages", name);
  const manifest = join(dir, "package.json");
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, "utf8"));
  if (pkg.private) continue;
  for (const [tool, args] of [
    ["publint", ["publint", "--strict", dir]],
    ["attw", ["attw", "--pack", dir, "--format", "ascii", "--profile", "node16"]],
  ]) {
    console.log(`\n▶ ${tool} ${pkg.name}`);
    const run = spawnSync("npx", args, { stdio: "inherit" });
    if (run.status !== 0) failures.push(`${tool} ${pkg.name}`);
  }
}
if (failures.length > 0) {
  console.error(`\nLỗi đóng gói / Packaging problems: ${failures.join(", ")}`);
  process.exit(1);
}
console.log("\nMọi gói đều sạch / every package is clean");
