import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createKehoach, type Plugin } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIO } from "../CliIO";
import { runCli } from "../runCli";
import { type ScaffoldPluginResult, scaffoldPlugin } from "./plugin";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const vitestBin = join(repoRoot, "node_modules", "vitest", "vitest.mjs");
const tscBin = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** Removes scaffolds that a killed run (timeout, Ctrl-C) left behind: older than 15 minutes, longer than any run. */
function sweepStaleScaffolds(): void {
  const packages = join(repoRoot, "packages");
  for (const name of readdirSync(packages)) {
    if (!name.startsWith(".scaffold-test-")) continue;
    const path = join(packages, name);
    if (Date.now() - statSync(path).mtimeMs > 15 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}

describe("kehoach plugin new: a scaffolded plugin works as written", () => {
  // Inside the workspace layout (packages/<tmp>/plugin-<name>), so @kehoach/core and
  // @kehoach/import resolve from the root node_modules: nothing is installed.
  let parent = "";
  let result: ScaffoldPluginResult;
  let dir = "";
  beforeAll(async () => {
    sweepStaleScaffolds();
    parent = mkdtempSync(join(repoRoot, "packages", ".scaffold-test-"));
    result = await scaffoldPlugin({
      name: "phuong-hoa-binh-30-4",
      dir: parent,
      ward: "Hòa Bình",
      year: 2026,
      changeset: false,
    });
    dir = result.directory;
  });
  afterAll(() => {
    if (parent) rmSync(parent, { recursive: true, force: true });
  });

  it("writes the package the workspace template describes", () => {
    expect(result.workspaceRoot).toBe(repoRoot.replace(/\/$/u, ""));
    expect(result.formatted).toBe(true);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: "@kehoach/plugin-phuong-hoa-binh-30-4",
      type: "module",
      sideEffects: false,
      dependencies: { "@kehoach/core": "*" },
      exports: { ".": { "@kehoach/source": "./src/index.ts" }, "./package.json": "./package.json" },
    });
    expect(readFileSync(join(dir, "vitest.config.ts"), "utf8")).toContain('"../../../vitest.shared.ts"');
    for (const file of result.files) expect(readFileSync(file, "utf8")).not.toMatch(/\{\{\w+\}\}/u);
    const sample = readFileSync(join(dir, "plans", "sample-plan.txt"), "utf8");
    expect(sample).toContain("TÀI LIỆU MẪU / SAMPLE");
    expect(sample).toContain(
      "KỶ NIỆM 51 NĂM NGÀY GIẢI PHÓNG MIỀN NAM, THỐNG NHẤT ĐẤT NƯỚC (30/4/1975-30/4/2026)",
    );
  });

  it("passes its own tests (conformance suite, sample plan) in a child vitest", () => {
    const run = spawnSync(process.execPath, [vitestBin, "run"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, ".vitest", "report.json"), "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    expect(report.numFailedTests).toBe(0);
    expect(report.numPassedTests).toBe(9);
  }, 600_000);

  it("type-checks with the repository's strict settings", () => {
    const run = spawnSync(process.execPath, [tscBin, "--noEmit", "-p", join(dir, "tsconfig.json")], {
      encoding: "utf8",
    });
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
  }, 600_000);

  it("ships a sample plan that @kehoach/import reads with zero unresolved units", async () => {
    const module = (await import(pathToFileURL(join(dir, "src", "index.ts")).href)) as {
      default: Plugin;
      samplePlan: string;
    };
    const plugin = module.default;
    expect(plugin.id).toBe("phuong-hoa-binh-30-4");
    const kehoach = createKehoach({ plugins: [plugin] });
    expect(kehoach.anniversary).toEqual({
      event: "Ngày Giải phóng miền Nam, thống nhất đất nước",
      date: "1975-04-30",
      years: 51,
      on: "2026-04-30",
    });
    const { plan, diagnostics } = await importPlan(
      { data: module.samplePlan, fileName: "sample-plan.txt" },
      { plugins: [plugin] },
    );
    expect(diagnostics.filter((d) => d.severity === "error" || d.code.startsWith("unit."))).toEqual([]);
    expect(plan?.issuer.unitId).toBe("ubnd-phuong-hoa-binh");
    expect(plan?.activities.filter((a) => !a.isSection)).toHaveLength(5);
    const refs = plan?.activities.flatMap((a) => [...a.leads, ...a.coordinators]) ?? [];
    expect(refs.every((r) => r.unitId !== null)).toBe(true);
    const deadline = plan?.activities.find((a) => a.code === "1.2")?.time.period?.deadline;
    expect(deadline).toBe("2026-04-27");
  });
});

describe("kehoach plugin new: outside the packages folder", () => {
  it("finds the workspace root upwards and writes the changeset there", async () => {
    const root = mkdtempSync(join(tmpdir(), "kehoach-ws-"));
    try {
      writeFileSync(join(root, "tsconfig.base.json"), "{}\n");
      writeFileSync(join(root, "vitest.shared.ts"), "export {};\n");
      const result = await scaffoldPlugin({ name: "xa-moc", cwd: root, year: 2026, format: false });
      expect(result.directory).toBe(join(root, "packages", "plugin-xa-moc"));
      const changeset = readFileSync(join(root, ".changeset", "plugin-xa-moc.md"), "utf8");
      expect(changeset).toMatch(/^---\n"@kehoach\/plugin-xa-moc": minor\n---\n/u);
      expect(readFileSync(join(result.directory, "tsconfig.json"), "utf8")).toContain(
        '"extends": "../../tsconfig.base.json"',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("writes a standalone package (own tsconfig and vitest config, versioned core) outside a workspace", async () => {
    const root = mkdtempSync(join(tmpdir(), "kehoach-alone-"));
    try {
      const result = await scaffoldPlugin({
        name: "xa-moc",
        cwd: root,
        dir: ".",
        year: 2026,
        scope: "@my-office",
      });
      expect(result.workspaceRoot).toBeNull();
      expect(existsSync(join(root, ".changeset"))).toBe(false);
      const pkg = JSON.parse(readFileSync(join(result.directory, "package.json"), "utf8")) as {
        name: string;
        dependencies: Record<string, string>;
      };
      expect(pkg.name).toBe("@my-office/plugin-xa-moc");
      expect(pkg.dependencies["@kehoach/core"]).toMatch(/^\^/u);
      expect(readFileSync(join(result.directory, "tsconfig.json"), "utf8")).not.toContain("extends");
      expect(readFileSync(join(result.directory, "vitest.config.ts"), "utf8")).toContain("vitest/config");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("kehoach plugin new, run as a command", () => {
  it("writes the package and reports what it wrote as JSON", async () => {
    const root = mkdtempSync(join(tmpdir(), "kehoach-cmd-"));
    try {
      const stdout = new PassThrough();
      let out = "";
      stdout.on("data", (d: Buffer) => {
        out += d.toString();
      });
      const io: CliIO = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} };
      const args = [
        "plugin",
        "new",
        "phuong-moc",
        "--dir",
        root,
        "--ward",
        "Mọc",
        "--year",
        "2026",
        "--groups",
        "4",
      ];
      expect(await runCli([...args, "--json"], io)).toBe(0);
      const result = JSON.parse(out) as ScaffoldPluginResult;
      expect(result.packageName).toBe("@kehoach/plugin-phuong-moc");
      expect(result.files).toContain(join(root, "plugin-phuong-moc", "src", "residentialGroups.ts"));
      expect(readFileSync(join(root, "plugin-phuong-moc", "src", "residentialGroups.ts"), "utf8")).toContain(
        "RESIDENTIAL_GROUP_COUNT = 4",
      );
      expect(readFileSync(join(root, "plugin-phuong-moc", "src", "wards.ts"), "utf8")).toContain(
        'name: "Mọc"',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
