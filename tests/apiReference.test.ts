import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { API_DIR, generateApiReference, publicEntries } from "../scripts/api-reference.ts";

// The API reference (docs/api/, TypeDoc + typedoc-plugin-markdown) is generated
// from the TSDoc of every public entry point; these tests keep it complete and
// in step with the sources.

const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "kehoach-api-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the API reference", () => {
  it("covers every entry point of every public package's exports map", () => {
    const specifiers = publicEntries().map((e) => e.specifier);
    for (const dir of readdirSync(join(root, "packages"))) {
      if (dir.startsWith(".")) continue; // the CLI's scaffold test's temporary folder
      const manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
      if (manifest.private) continue;
      expect(specifiers).toContain(manifest.name);
      const page = join(API_DIR, `${manifest.name}.md`);
      expect(readFileSync(page, "utf8")).toContain(`# ${manifest.name}`);
    }
    expect(specifiers).toContain("@kehoach/core/testing");
  });

  it("shows a function with its doc comment, parameters and return type, as a reader sees it", () => {
    const page = readFileSync(join(API_DIR, "@kehoach/period.md"), "utf8");
    const section = page.slice(page.indexOf("### parsePeriod()"));
    expect(section.length).toBeGreaterThan(0);
    expect(section).toMatch(/#### Parameters/);
    expect(section).toMatch(/#### Returns/);
    expect(section).toContain("PeriodResult");
  });

  it("is complete and up to date (`npm run docs:api -- --check`)", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/api-reference.ts", "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(stripVTControlCharacters(run.stderr)).toBe("");
    expect(run.status).toBe(0);
  });

  it("fails the check for an export with no doc comment, and for an unexported type a public one names", async () => {
    const dir = join(work, "pkg");
    const file = join(dir, "index.ts");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      file,
      [
        "interface Hidden { a: number }",
        "/** Documented, but names a type no entry exports. */",
        "export function documented(): Hidden { return { a: 1 }; }",
        "export function undocumented(): number { return 1; }",
        "",
      ].join("\n"),
    );
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@kehoach/fixture", version: "0.0.0" }));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, target: "ES2022", module: "ESNext" },
        include: ["."],
      }),
    );
    const problems = await generateApiReference(
      join(work, "out"),
      [{ specifier: "@kehoach/fixture", file, description: "" }],
      join(dir, "tsconfig.json"),
    );
    const undocumented = problems.filter((p) => p.includes("does not have any documentation"));
    expect(undocumented).toHaveLength(1);
    expect(undocumented[0]).toContain("undocumented");
    expect(problems.join("\n")).toMatch(/unexported type: Hidden \(@kehoach\/fixture/);
  });
});
