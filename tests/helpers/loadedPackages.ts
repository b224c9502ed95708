import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..", "..");
const hooks = pathToFileURL(join(import.meta.dirname, "resolveLogHooks.mjs")).href;

/** What {@link loadedPackages} saw: the third-party packages loaded, and what the scenario returned. */
export interface LoadedPackages {
  packages: string[];
  result: unknown;
}

/**
 * Runs `scenario` (the body of an async function with `load(specifier)` — `import()` for
 * `"esm"`, `require()` for `"cjs"` — and `root`, the repository's folder) in a fresh Node
 * process started in the repository, so `@kehoach/*` resolve as a consumer's would (their
 * built `dist/`, no source condition). Answers the names of the packages under
 * `node_modules` the process loaded, from the ESM loader's resolutions (hooks) and
 * `require.cache`, and the scenario's JSON result.
 */
export function loadedPackages(format: "esm" | "cjs", scenario: string): LoadedPackages {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-loaded-"));
  const log = join(dir, "resolved.txt");
  const esm = format === "esm";
  const script = `
${esm ? 'import { createRequire, register } from "node:module";' : 'const { createRequire, register } = require("node:module");'}
register(${JSON.stringify(hooks)}, { data: { log: ${JSON.stringify(log)} } });
const load = ${esm ? "(specifier) => import(specifier)" : "async (specifier) => require(specifier)"};
const root = ${JSON.stringify(root)};
const dir = ${JSON.stringify(dir)};
const cache = createRequire(${JSON.stringify(join(root, "package.json"))}).cache;
(async () => {
  ${scenario}
})().then((result) => {
  process.stdout.write(JSON.stringify({ result: result ?? null, required: Object.keys(cache) }) + "\\n");
});`;
  try {
    const run = spawnSync(process.execPath, [...(esm ? ["--input-type=module"] : []), "-e", script], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    if (run.status !== 0) throw new Error(`node exited ${run.status}\n${run.stdout}\n${run.stderr}`);
    const printed = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as {
      result: unknown;
      required: string[];
    };
    const resolved = existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
    const names = [...resolved, ...printed.required].flatMap((path) => {
      const name = [...path.matchAll(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gu)].at(-1)?.[1];
      return name ? [name] : [];
    });
    return { packages: [...new Set(names)].sort(), result: printed.result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
