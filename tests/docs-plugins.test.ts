import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const guide = readFileSync(join(root, "docs", "plugins.md"), "utf8");

/** Every ```ts block of the guide, with the file it stands for ("// file: src/units.ts") or a name of its own. */
function tsBlocks(markdown: string): { path: string; code: string }[] {
  const blocks: { path: string; code: string }[] = [];
  for (const match of markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gmu)) {
    const code = match[1] ?? "";
    const file = /^\/\/ file: (\S+)\n/u.exec(code)?.[1];
    blocks.push({ path: file ?? `block-${blocks.length + 1}.ts`, code });
  }
  return blocks;
}

// Under node_modules/.cache: inside the repository (so @kehoach/* resolve from the root
// node_modules, sources first through the custom condition) and outside every include and lint.
const cache = join(root, "node_modules", ".cache");
let dir = "";
beforeAll(() => {
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, "kehoach-docs-plugins-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("docs/plugins.md", () => {
  const blocks = tsBlocks(guide);

  it("is a step-by-step guide whose plugin is written out file by file", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    const files = blocks.map((b) => b.path);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toEqual(
      expect.arrayContaining([
        "src/wards.ts",
        "src/units.ts",
        "src/plugin.ts",
        "test/conformance.test.ts",
        "app.ts",
      ]),
    );
  });

  it("type-checks every ts block with the repository's strict settings", () => {
    for (const block of blocks) {
      const path = join(dir, block.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, block.code);
    }
    const config = ts.parseJsonConfigFileContent(
      { extends: join(root, "tsconfig.base.json"), include: ["**/*.ts"], compilerOptions: { noEmit: true } },
      ts.sys,
      dir,
    );
    expect(config.errors).toEqual([]);
    expect(config.fileNames).toHaveLength(blocks.length);
    const program = ts.createProgram(config.fileNames, config.options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where =
        d.file && d.start !== undefined
          ? `${relative(dir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
          : "";
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(problems).toEqual([]);
  });

  it("runs: the guide's plugin passes the conformance suite and imports its sample plan", () => {
    writeFileSync(
      join(dir, "vitest.config.ts"),
      `import { packageConfig } from ${JSON.stringify(join(root, "vitest.shared.ts"))};\nexport default packageConfig("docs-plugins");\n`,
    );
    const run = spawnSync(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, ".vitest", "report.json"), "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    expect([report.numPassedTests, report.numFailedTests]).toEqual([7, 0]);
  });
});
