import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Public types stand alone: every module a published `.d.ts` names must come to the consumer
 * with our package (a dependency or peer dependency, with its types: its own or an `@types/`
 * package we depend on). Node built-ins need `@types/node` somewhere in our dependency closure;
 * packages meant for browsers too (period, core) name no Node built-in at all.
 */
const root = join(import.meta.dirname, "..");
const browserPackages = new Set(["@kehoach/period", "@kehoach/core"]);

interface Manifest {
  name: string;
  private?: boolean;
  types?: string;
  typings?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

function installed(name: string): Manifest | undefined {
  const dir = join(root, "node_modules", name);
  return existsSync(join(dir, "package.json")) ? manifest(dir) : undefined;
}

/** Does the installed package ship its own declarations? */
function shipsTypes(name: string): boolean {
  const pkg = installed(name);
  if (!pkg) return false;
  if (pkg.types || pkg.typings) return true;
  if (JSON.stringify(pkg.exports ?? {}).includes('"types"')) return true;
  return existsSync(join(root, "node_modules", name, "index.d.ts"));
}

/** Names of every package a consumer gets by installing `deps` (transitively, as installed here). */
function closure(deps: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...deps];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const pkg = installed(name);
    queue.push(...Object.keys(pkg?.dependencies ?? {}));
  }
  return seen;
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.d\.c?ts$/u.test(f))
    .map((f) => join(dir, f));
}

/**
 * Bare module specifiers a declaration file names (imports, re-exports, import types, type references), read by
 * TypeScript's own pre-processor: an `import` inside a doc comment (a TSDoc example) is not one.
 */
function specifiers(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  const found = [
    ...info.importedFiles.map((f) => f.fileName),
    ...info.typeReferenceDirectives.map((f) => f.fileName),
  ];
  return [...new Set(found.filter((s) => s !== "" && !s.startsWith(".")))];
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

const isBuiltin = (s: string) => s.startsWith("node:") || builtinModules.includes(s.split("/")[0] ?? s);

const published = readdirSync(join(root, "packages"))
  .map((name) => join(root, "packages", name))
  .filter((dir) => existsSync(join(dir, "package.json")) && !manifest(dir).private);

describe("published .d.ts files", () => {
  it("exist for every public package", () => {
    for (const dir of published) expect(declarationFiles(join(dir, "dist")), dir).not.toEqual([]);
  });

  it.each(published.map((dir) => [manifest(dir).name, dir]))(
    "%s names only modules its consumers get",
    (name, dir) => {
      const pkg = manifest(dir);
      const declared = new Set([
        ...Object.keys(pkg.dependencies ?? {}),
        ...Object.keys(pkg.peerDependencies ?? {}),
      ]);
      const reachable = closure([...declared]);
      const problems: string[] = [];
      for (const file of declarationFiles(join(dir, "dist"))) {
        for (const specifier of specifiers(readFileSync(file, "utf8"))) {
          const where = `${file.slice(root.length + 1)}: '${specifier}'`;
          if (isBuiltin(specifier) || specifier === "node") {
            if (browserPackages.has(name)) problems.push(`${where} is Node-only in a browser package`);
            else if (!reachable.has("@types/node"))
              problems.push(`${where} needs @types/node, not a dependency`);
            continue;
          }
          const target = packageName(specifier);
          if (target === name) continue;
          // ESM (node16) resolves a subpath of a package without an exports map only with its extension.
          const subpath = specifier.slice(target.length);
          if (
            file.endsWith(".d.ts") &&
            subpath !== "" &&
            !/\.[cm]?js$/u.test(subpath) &&
            !installed(target)?.exports
          ) {
            problems.push(`${where}: a subpath without an exports map needs its .js extension under node16`);
          }
          if (!declared.has(target)) {
            problems.push(`${where} is not a dependency`);
          } else if (
            !shipsTypes(target) &&
            !declared.has(`@types/${target.replace(/^@/u, "").replace("/", "__")}`)
          ) {
            problems.push(`${where} has no types of its own and its @types package is not a dependency`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
