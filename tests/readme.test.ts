import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The README's package table stays in step with `packages/` and `apps/`: one row per workspace, named as published. */
const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

function workspaces(): Map<string, string> {
  const found = new Map<string, string>();
  for (const group of ["packages", "apps"]) {
    for (const name of readdirSync(join(root, group))) {
      const manifest = join(root, group, name, "package.json");
      if (!existsSync(manifest)) continue;
      found.set(`${group}/${name}`, (JSON.parse(readFileSync(manifest, "utf8")) as { name: string }).name);
    }
  }
  return found;
}

describe("README.md", () => {
  const section = /^## Packages\n([\s\S]*?)^## /mu.exec(readme)?.[1] ?? "";
  const rows = [...section.matchAll(/^\| \[`([^`]+)`\]\(((?:packages|apps)\/[^)]+)\)/gmu)].map((m) => ({
    name: m[1] ?? "",
    path: m[2] ?? "",
  }));

  it("has a Packages table", () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it("lists every package and app once, under its published name, and nothing else", () => {
    const expected = [...workspaces()]
      .map(([path, name]) => ({ name, path }))
      .sort((a, b) => a.path.localeCompare(b.path));
    expect([...rows].sort((a, b) => a.path.localeCompare(b.path))).toEqual(expected);
  });
});
