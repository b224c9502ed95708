import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "../.changeset");
const files = readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md");
const workspaceNames = new Set(
  ["packages", "apps"].flatMap((base) => {
    const root = join(import.meta.dirname, "..", base);
    return readdirSync(root).flatMap((name) => {
      try {
        return [
          (JSON.parse(readFileSync(join(root, name, "package.json"), "utf8")) as { name: string }).name,
        ];
      } catch {
        return [];
      }
    });
  }),
);

describe("changesets", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s has valid frontmatter naming workspace packages, and a summary", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const match = /^---\n((?:"[^"\n]+": (?:major|minor|patch)\n)+)---\n\n(\S[\s\S]*)$/.exec(text);
    expect(match, `${file} frontmatter`).not.toBeNull();
    for (const line of match![1]!.trim().split("\n")) {
      const name = /^"([^"]+)"/.exec(line)![1]!;
      expect(workspaceNames, `${file} names ${name}`).toContain(name);
    }
    expect(match![2]!.trim().length).toBeGreaterThan(20);
  });
});
