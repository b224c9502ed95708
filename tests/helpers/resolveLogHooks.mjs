// Module customization hooks (node:module register) that append every URL the ESM loader
// resolves to a file, one per line: how a test sees which packages an `import` pulls in.
// (Node 20's hooks do not see `require`; CommonJS loads show in `require.cache`.)
import { appendFileSync } from "node:fs";

let log = "";

/** @param {{ log: string }} data */
export function initialize(data) {
  log = data.log;
}

/** @type {import("node:module").ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(log, `${resolved.url}\n`);
  return resolved;
}
