// Runs every bench/*.bench.ts of the current package, one after another.
// Used by each package's `bench` script: node --conditions=@kehoach/source --import tsx ../../scripts/run-benches.ts
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const dir = resolve("bench");
const only = process.argv.slice(2);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  console.log(`\n— ${file}`);
  await import(pathToFileURL(join(dir, file)).href);
}
