import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { todayInVietnam } from "@kehoach/core";
import { ZodError } from "zod";
import { usageError } from "../CliError";
import { type CliIO, writeJson } from "../CliIO";
import type { CommandModule } from "../CommandModule";
import { cliZodDiagnostics } from "../cliDiagnosticCodes";
import { type PluginScaffoldPlan, planPluginScaffold, renderTemplate } from "./pluginScaffold";

/** Options of {@link scaffoldPlugin}. */
export interface ScaffoldPluginOptions {
  /** Plugin id, kebab-case ("phuong-moc-30-4"). */
  name: string;
  /** Folder the package goes into (default "packages", relative to `cwd`). */
  dir?: string;
  /** Working directory (default `process.cwd()`). */
  cwd?: string;
  ward?: string;
  event?: string;
  /** The event's day, YYYY-MM-DD. */
  date?: string;
  /** The anniversary year (default: this year in Vietnam). */
  year?: number;
  scope?: string;
  groups?: number;
  /** Write the changeset at the workspace root (default true). */
  changeset?: boolean;
  /** Format the written files with the workspace's Biome, when it has one (default true). */
  format?: boolean;
}

/** What {@link scaffoldPlugin} wrote. */
export interface ScaffoldPluginResult {
  /** The package folder (absolute). */
  directory: string;
  packageName: string;
  /** Every file written (absolute paths). */
  files: string[];
  /** The workspace root the package belongs to, or null when it was written outside a kehoach workspace. */
  workspaceRoot: string | null;
  /** True when the workspace's Biome formatted the files. */
  formatted: boolean;
}

/** The folder holding the plugin templates, from sources (`src/commands`) or from the build (`dist`). */
export function pluginTemplateDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "..", "..", "templates", "plugin"), join(here, "..", "templates", "plugin")];
  const found = candidates.find((c) => existsSync(join(c, "package.json.tmpl")));
  if (found === undefined) throw new Error(`plugin templates not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** The nearest folder at or above `from` that holds a kehoach workspace (tsconfig.base.json and vitest.shared.ts). */
function findWorkspaceRoot(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "tsconfig.base.json")) && existsSync(join(dir, "vitest.shared.ts"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/**
 * Writes a new plugin package from the templates: `definePlugin` with typed
 * options, units, the ward and its residential groups, the anniversary, a
 * sample plan (marked TÀI LIỆU MẪU / SAMPLE), README, the conformance suite in
 * its tests, package/tsconfig/tsup/vitest configuration following the
 * workspace template, and a changeset at the workspace root. Refuses to write
 * into a folder that exists and is not empty.
 *
 * @throws {CliError} (exit 2) on invalid options or an existing folder.
 */
export async function scaffoldPlugin(options: ScaffoldPluginOptions): Promise<ScaffoldPluginResult> {
  const cwd = options.cwd ?? process.cwd();
  const parent = resolve(cwd, options.dir ?? "packages");
  const root = findWorkspaceRoot(parent);
  let plan: PluginScaffoldPlan;
  try {
    const base = {
      name: options.name,
      year: options.year ?? Number(todayInVietnam().slice(0, 4)),
      ...(options.ward === undefined ? {} : { ward: options.ward }),
      ...(options.event === undefined ? {} : { event: options.event }),
      ...(options.date === undefined ? {} : { date: options.date }),
      ...(options.scope === undefined ? {} : { scope: options.scope }),
      ...(options.groups === undefined ? {} : { groups: options.groups }),
    };
    // The folder name comes from the validated name; the path to the workspace root from the folder.
    const directory = join(parent, planPluginScaffold(base).folder);
    const rootRelative = root === null ? null : `${toPosix(relative(directory, root)) || "."}/`;
    plan = planPluginScaffold({ ...base, rootRelative, coreVersion: root === null ? "^0.1.0" : "*" });
  } catch (error) {
    if (error instanceof ZodError) {
      const problems = cliZodDiagnostics(
        "cli.invalid-arguments",
        { vi: "Tham số", en: "argument" },
        error.issues,
      );
      throw usageError({
        vi: problems.map((d) => d.vi).join("; "),
        en: problems.map((d) => d.en).join("; "),
      });
    }
    throw error;
  }
  const directory = join(parent, plan.folder);
  if (existsSync(directory) && readdirSync(directory).length > 0) {
    throw usageError({
      vi: `thư mục ${directory} đã có và không trống`,
      en: `${directory} exists and is not empty`,
    });
  }
  const templates = pluginTemplateDir();
  const read = (template: string) => readFile(join(templates, template), "utf8");
  const samplePlan = renderTemplate(await read("plans/sample-plan.txt.tmpl"), plan.values).normalize("NFC");
  const values = { ...plan.values, samplePlanJson: JSON.stringify(samplePlan) };
  const written: string[] = [];
  for (const file of plan.files) {
    if (file.root && (root === null || options.changeset === false)) continue;
    const target = file.root && root !== null ? join(root, file.path) : join(directory, file.path);
    const text = renderTemplate(await read(file.template), values).normalize("NFC");
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, { flag: file.root ? "wx" : "w" }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") return; // a changeset of that name exists: keep the user's
      throw error;
    });
    written.push(target);
  }
  // Only the package's files: Biome's Markdown formatter would break a changeset's front matter.
  const packageFiles = written.filter((file) => !relative(directory, file).startsWith(".."));
  const formatted = options.format !== false && root !== null && formatWithBiome(root, packageFiles);
  return { directory, packageName: plan.packageName, files: written, workspaceRoot: root, formatted };
}

/** Runs the workspace's Biome on the written files (import order, line widths depend on the names). */
function formatWithBiome(root: string, files: readonly string[]): boolean {
  const biome = join(root, "node_modules", ".bin", process.platform === "win32" ? "biome.cmd" : "biome");
  if (!existsSync(biome)) return false;
  const result = spawnSync(biome, ["check", "--write", "--files-ignore-unknown=true", ...files], {
    cwd: root,
    stdio: "ignore",
  });
  return result.status === 0;
}

function parseInteger(value: string, what: string): number {
  if (!/^\d+$/u.test(value)) {
    throw usageError({
      vi: `${what} phải là số nguyên: '${value}'`,
      en: `${what} must be an integer: '${value}'`,
    });
  }
  return Number(value);
}

function report(io: CliIO, result: ScaffoldPluginResult, cwd: string): void {
  const rel = (p: string) => toPosix(relative(cwd, p)) || ".";
  io.stdout.write(`Đã tạo plugin / Created plugin ${result.packageName} in ${rel(result.directory)}\n`);
  for (const file of result.files) io.stdout.write(`  ${rel(file)}\n`);
  io.stdout.write(
    [
      "Tiếp theo / Next:",
      "  npm install                      # liên kết gói mới / link the new package",
      `  npx vitest run --project ${result.packageName.split("/")[1] ?? result.packageName}   # kiểm tra / conformance + sample plan`,
      `  sửa / edit ${rel(join(result.directory, "plans", "sample-plan.txt"))}, rồi / then npm run embed-plan -w ${result.packageName}`,
      "",
    ].join("\n"),
  );
}

/** `kehoach plugin new NAME [--dir DIR] [--ward NAME] [--event TEXT] [--date YYYY-MM-DD] [--year YYYY] [--scope @SCOPE] [--groups N] [--json]`. */
export const pluginCommand: CommandModule = {
  name: "plugin",
  register(program, { io }) {
    const plugin = program
      .command("plugin")
      .description("Plugin cho kế hoạch kỷ niệm khác / plugins for other anniversary plans");
    plugin
      .command("new")
      .description("Tạo gói plugin mới từ mẫu / scaffold a plugin package")
      .argument("<name>", "mã plugin (kebab-case) / plugin id, e.g. phuong-moc-30-4")
      .option("--dir <dir>", "thư mục chứa gói / parent folder", "packages")
      .option("--ward <name>", "tên phường / ward name, e.g. 'Ba Đình'")
      .option("--event <text>", "sự kiện kỷ niệm / the event celebrated")
      .option("--date <date>", "ngày diễn ra sự kiện / the event's day, YYYY-MM-DD")
      .option("--year <yyyy>", "năm kỷ niệm / anniversary year")
      .option("--scope <scope>", "npm scope", "@kehoach")
      .option("--groups <n>", "số tổ dân phố / residential groups", "10")
      .option("--no-changeset", "không tạo changeset / do not write a changeset")
      .option("--json", "xuất JSON / machine-readable JSON output")
      .action(
        async (
          name: string,
          options: {
            dir: string;
            ward?: string;
            event?: string;
            date?: string;
            year?: string;
            scope: string;
            groups: string;
            changeset: boolean;
            json?: boolean;
          },
        ) => {
          const cwd = process.cwd();
          const result = await scaffoldPlugin({
            name,
            cwd,
            dir: options.dir,
            scope: options.scope,
            changeset: options.changeset,
            groups: parseInteger(options.groups, "--groups"),
            ...(options.year === undefined ? {} : { year: parseInteger(options.year, "--year") }),
            ...(options.ward === undefined ? {} : { ward: options.ward }),
            ...(options.event === undefined ? {} : { event: options.event }),
            ...(options.date === undefined ? {} : { date: options.date }),
          });
          if (options.json) writeJson(io, result);
          else report(io, result, cwd);
        },
      );
  },
};
