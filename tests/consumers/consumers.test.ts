import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../helpers/launchChromium";
import { requireSystemComponent } from "../helpers/systemComponent";
import { type PackedPackage, packTarballs } from "./packTarballs";

/**
 * Consumer tests: every public package is packed with `npm pack`, the tarballs are installed
 * from files (no workspace links) into a project in the system's temporary folder, and five
 * consumers, each in its own folder of that project, build and run the embedding story
 * (`projects/story.ts`): a plain ESM script, a CommonJS script, TypeScript `strict` with
 * `skipLibCheck: false` under `moduleResolution` node16 (.mts and .cts) and bundler, and a Vite
 * bundle of @kehoach/period and @kehoach/core run in Chromium. Third-party dependencies come from
 * the npm registry through the local cache (`--prefer-offline`).
 */
const root = join(import.meta.dirname, "..", "..");
const projects = join(import.meta.dirname, "projects");
const story = readFileSync(join(projects, "story.ts"), "utf8");
const embedded = ["period", "core", "import", "export", "plugin-thanh-xuan-70"].map((n) => `@kehoach/${n}`);
const work = mkdtempSync(join(tmpdir(), "kehoach-consumers-"));
const app = join(work, "app");
const long = 900_000;

let packed: PackedPackage[] = [];
/** What the ESM consumer printed: every other consumer must print the same. */
let reference: StoryOutput | undefined;

interface StoryOutput {
  period: { kind: string; start: string | null; end: string | null };
  plan?: { id: string; activities: number; tables: number };
  applied: boolean[];
  started: (string | undefined)[];
  total: number;
  overdue: number;
  classes: Record<string, { count: number; percent: number }>;
  xlsx?: { bytes: number; extension: string };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", npm_config_update_notifier: "false" },
  });
}

function expectSuccess(result: SpawnSyncReturns<string>, what: string): string {
  expect(result.status, `${what}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** A folder of the consumer project: its own package.json, dependencies from the project's node_modules. */
function consumer(name: string, manifest: Record<string, unknown>): string {
  const dir = join(app, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `consumer-${name}`, private: true, ...manifest }),
  );
  return dir;
}

function stripTypes(module: ts.ModuleKind): string {
  return ts.transpileModule(story, {
    compilerOptions: {
      module,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      verbatimModuleSyntax: false,
    },
  }).outputText;
}

function runStory(dir: string, script: string, seed?: string): StoryOutput {
  const out = expectSuccess(
    run(process.execPath, [script, join(dir, `${script}.xlsx`), ...(seed ? [seed] : [])], dir),
    `node ${script}`,
  );
  const printed = JSON.parse(out.trim().split("\n").at(-1) ?? "") as StoryOutput;
  // The .xlsx holds the time it was written, so its size may differ by a byte between runs.
  expect(printed.xlsx?.bytes).toBeGreaterThan(10_000);
  return { ...printed, xlsx: printed.xlsx ? { bytes: 0, extension: printed.xlsx.extension } : undefined };
}

/** tsc of the consumer's own TypeScript, with its config; answers the diagnostics it printed. */
function typeCheck(dir: string, compilerOptions: Record<string, unknown>, files: string[]): string {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        skipLibCheck: false,
        target: "ES2022",
        outDir: "dist",
        noUncheckedIndexedAccess: true,
        ...compilerOptions,
      },
      files,
    }),
  );
  const tsc = run(process.execPath, [join(app, "node_modules", "typescript", "bin", "tsc"), "-p", "."], dir);
  return `${tsc.stdout}${tsc.stderr}`.trim();
}

beforeAll(() => {
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs, { recursive: true });
  packed = packTarballs(root, tarballs);
  const tarball = (name: string) => packed.find((p) => p.name === name)?.tarball ?? name;
  const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    devDependencies: Record<string, string>;
  };
  const dashboard = JSON.parse(readFileSync(join(root, "apps", "dashboard", "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  mkdirSync(app, { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "kehoach-consumer",
      private: true,
      dependencies: Object.fromEntries(embedded.map((name) => [name, `file:${tarball(name)}`])),
      devDependencies: {
        typescript: rootManifest.devDependencies.typescript,
        vite: dashboard.dependencies.vite,
      },
    }),
  );
  expectSuccess(
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock"], app),
    "npm install of the tarballs",
  );
}, long);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the packed packages", () => {
  it("are every public package, each with its build, types for import and require, and a README", () => {
    expect(packed.map((p) => p.name).sort()).toEqual([
      "@kehoach/cli",
      "@kehoach/core",
      "@kehoach/export",
      "@kehoach/import",
      "@kehoach/period",
      "@kehoach/plugin-phuong-ba-dinh-80",
      "@kehoach/plugin-thanh-xuan-70",
      "@kehoach/store",
    ]);
    for (const p of packed) {
      expect(p.files, p.name).toEqual(
        expect.arrayContaining([
          "package.json",
          "README.md",
          "dist/index.js",
          "dist/index.cjs",
          "dist/index.d.ts",
          "dist/index.d.cts",
        ]),
      );
      expect(
        p.files.filter((f) => /\.test\.ts$|(^|\/)fixtures\//u.test(f)),
        p.name,
      ).toEqual([]);
    }
    const rows = packed.map((p) => ({
      package: p.name,
      "packed kB": (p.size / 1000).toFixed(1),
      "unpacked kB": (p.unpackedSize / 1000).toFixed(1),
      files: p.files.length,
    }));
    console.table(rows);
    mkdirSync(join(root, "tests", "artifacts"), { recursive: true });
    writeFileSync(
      join(root, "tests", "artifacts", "consumers-packed.json"),
      `${JSON.stringify(rows, null, 2)}\n`,
    );
  });

  it("install with no workspace link: each @kehoach package is the tarball's copy", () => {
    for (const name of embedded) {
      const installed = join(app, "node_modules", ...name.split("/"));
      expect(readdirSync(installed)).toContain("dist");
      const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { name: string };
      expect(manifest.name).toBe(name);
    }
    // npm does not link a file: tarball; a symlink would point back into the repository.
    const core = run("readlink", ["-f", join(app, "node_modules", "@kehoach", "core")], app).stdout.trim();
    expect(core.startsWith(app)).toBe(true);
  });
});

describe("consumers of the tarballs", () => {
  it("an ESM script runs the embedding story", async () => {
    const dir = consumer("esm", { type: "module" });
    writeFileSync(join(dir, "story.mjs"), stripTypes(ts.ModuleKind.ESNext));
    reference = runStory(dir, "story.mjs", join(app, "seed.json"));
    // Read by hand: "Quý III-IV/2024" is 1 July – 31 December 2024; the seed plan has two tables.
    expect(reference.period).toEqual({ kind: "span", start: "2024-07-01", end: "2024-12-31" });
    expect(reference.plan).toMatchObject({ id: "ke-hoach-70-nam-giai-phong-thu-do", tables: 2 });
    expect(reference.applied).toEqual([true, true, true]);
    expect(reference.started).toEqual(["inProgress", "inProgress", "inProgress"]);
    expect(reference.xlsx?.extension).toBe("xlsx");
    // The .xlsx opens and holds the progress report's rows.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "story.mjs.xlsx")) as unknown as ArrayBuffer);
    const text: string[] = [];
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          text.push(String(cell.text));
        });
      });
    });
    const seed = JSON.parse(readFileSync(join(app, "seed.json"), "utf8")) as {
      plan: { activities: { id: string; title: string }[] };
      events: { activity: string }[];
    };
    const started = seed.plan.activities.find((a) => a.id === seed.events[0]?.activity);
    expect(started).toBeDefined();
    expect(text.some((t) => t.includes(started?.title.slice(0, 40) ?? "?"))).toBe(true);
  });

  it("a CommonJS script (require) prints the same", () => {
    const dir = consumer("cjs", { type: "commonjs" });
    const script = stripTypes(ts.ModuleKind.CommonJS);
    expect(script).toContain('require("@kehoach/core")');
    writeFileSync(join(dir, "story.cjs"), script);
    expect(runStory(dir, "story.cjs")).toEqual(reference);
  });

  it("TypeScript strict, skipLibCheck false, moduleResolution node16 (.mts and .cts): compiles and runs", () => {
    const dir = consumer("ts-node16", { type: "module" });
    writeFileSync(join(dir, "story.mts"), story);
    writeFileSync(join(dir, "story.cts"), story);
    expect(typeCheck(dir, { module: "node16", moduleResolution: "node16" }, ["story.mts", "story.cts"])).toBe(
      "",
    );
    expect(runStory(dir, "dist/story.mjs")).toEqual(reference);
    expect(runStory(dir, "dist/story.cjs")).toEqual(reference);
  });

  it("TypeScript strict, skipLibCheck false, moduleResolution bundler: compiles (with the browser entry) and runs", () => {
    const dir = consumer("ts-bundler", { type: "module" });
    writeFileSync(join(dir, "story.ts"), story);
    copyFileSync(join(projects, "browser", "main.mts"), join(dir, "main.mts"));
    expect(
      typeCheck(dir, { module: "esnext", moduleResolution: "bundler", lib: ["ES2022", "DOM"] }, [
        "story.ts",
        "main.mts",
      ]),
    ).toBe("");
    expect(runStory(dir, "dist/story.js")).toEqual(reference);
  });
});

describe("in a browser", () => {
  const run_ = requireSystemComponent(hasChromium, "Chromium", "the Vite browser bundle test");
  let server: Server | undefined;
  afterAll(() => {
    server?.close();
  });

  it("@kehoach/period and @kehoach/core name no node: module on their main entries", () => {
    for (const name of ["period", "core"]) {
      const dist = join(app, "node_modules", "@kehoach", name, "dist");
      for (const file of readdirSync(dist).filter((f) => /\.(c?js)$/u.test(f))) {
        const code = readFileSync(join(dist, file), "utf8");
        expect(
          code.match(
            /(?:from|import|require)\s*\(?\s*["'](?:node:)?(?:fs|path|os|crypto|stream|url|module|child_process)["']/gu,
          ),
          `${name}/${file}`,
        ).toBeNull();
      }
    }
  });

  it.skipIf(!run_)(
    "a Vite bundle of period and core runs the story in Chromium, with its size reported",
    async () => {
      const dir = consumer("browser", { type: "module" });
      copyFileSync(join(projects, "browser", "index.html"), join(dir, "index.html"));
      copyFileSync(join(projects, "browser", "main.mts"), join(dir, "main.mts"));
      const build = run(
        process.execPath,
        [join(app, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"],
        dir,
      );
      expectSuccess(build, "vite build");
      // Vite warns when it has to stub a Node built-in for the browser.
      expect(`${build.stdout}${build.stderr}`).not.toMatch(/externalized for browser compatibility/u);
      const dist = join(dir, "dist");
      copyFileSync(join(app, "seed.json"), join(dist, "seed.json"));
      const assets = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"));
      const bytes = assets.reduce((sum, f) => sum + readFileSync(join(dist, "assets", f)).byteLength, 0);
      const gzip = assets.reduce(
        (sum, f) => sum + gzipSync(readFileSync(join(dist, "assets", f))).byteLength,
        0,
      );
      const size = {
        files: assets.length,
        "minified kB": (bytes / 1000).toFixed(1),
        "gzip kB": (gzip / 1000).toFixed(1),
      };
      console.log("Vite bundle of @kehoach/period + @kehoach/core:", size);
      writeFileSync(
        join(root, "tests", "artifacts", "consumers-browser-bundle.json"),
        `${JSON.stringify(size, null, 2)}\n`,
      );

      const types: Record<string, string> = {
        ".html": "text/html",
        ".js": "text/javascript",
        ".json": "application/json",
      };
      server = createServer((request, response) => {
        const path = new URL(request.url ?? "/", "http://localhost").pathname;
        const file = join(dist, path === "/" ? "index.html" : path);
        try {
          const body = readFileSync(file);
          response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
          response.end(body);
        } catch {
          response.writeHead(404).end();
        }
      });
      await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const profile = mkdtempSync(join(tmpdir(), "kehoach-consumers-chromium-"));
      const browser = await launchChromium(profile);
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(String(error)));
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.waitForFunction(() => document.querySelector("#result")?.textContent !== "…", null, {
          timeout: 120_000,
        });
        const shown = JSON.parse((await page.textContent("#result")) ?? "{}") as StoryOutput;
        expect(errors).toEqual([]);
        const { plan: _plan, xlsx: _xlsx, ...expected } = reference ?? ({} as StoryOutput);
        expect(shown).toEqual(expected);
      } finally {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
  );
});
