import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * A dry run of the release: `changeset version` on a copy of the workspace manifests and the
 * pending changesets (the repository itself is never versioned by a test), then a look at what
 * a user would get: every public package at 0.1.0, with a CHANGELOG naming its changes.
 */
const root = join(import.meta.dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "kehoach-release-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

function workspaceDirs(base: string): string[] {
  return ["packages", "apps"].flatMap((group) =>
    existsSync(join(base, group))
      ? readdirSync(join(base, group))
          .map((name) => join(group, name))
          .filter((dir) => existsSync(join(base, dir, "package.json")))
      : [],
  );
}

describe("changeset version (dry run on a copy)", () => {
  const dirs = workspaceDirs(root);
  const read = (dir: string) => JSON.parse(readFileSync(join(copy, dir, "package.json"), "utf8")) as Manifest;

  it("brings every public package to a coherent 0.1.0 with a changelog", () => {
    cpSync(join(root, "package.json"), join(copy, "package.json"));
    cpSync(join(root, ".changeset"), join(copy, ".changeset"), { recursive: true });
    for (const dir of dirs) {
      mkdirSync(join(copy, dir), { recursive: true });
      cpSync(join(root, dir, "package.json"), join(copy, dir, "package.json"));
    }
    writeFileSync(join(copy, ".gitignore"), "node_modules\n");
    const run = spawnSync(
      process.execPath,
      [join(root, "node_modules", "@changesets", "cli", "bin.js"), "version"],
      {
        cwd: copy,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);

    const published = dirs.map((dir) => ({ dir, manifest: read(dir) })).filter((p) => !p.manifest.private);
    expect(published.length).toBeGreaterThanOrEqual(8);
    for (const { dir, manifest } of published) {
      expect(`${manifest.name}@${manifest.version}`).toBe(`${manifest.name}@0.1.0`);
      const changelog = readFileSync(join(copy, dir, "CHANGELOG.md"), "utf8");
      expect(changelog.startsWith(`# ${manifest.name}\n\n## 0.1.0\n`), manifest.name).toBe(true);
      expect(changelog, manifest.name).toMatch(/### Minor Changes\n\n- [0-9a-f]{0,7}:? ?\S/u);
      // Internal dependencies stay satisfiable by the released versions.
      for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
        if (dep.startsWith("@kehoach/"))
          expect(["*", "^0.1.0", "0.1.0"], `${manifest.name} → ${dep}`).toContain(range);
      }
    }
    // Every pending changeset was consumed.
    expect(
      readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md"),
    ).toEqual([]);
  });
});
