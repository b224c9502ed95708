import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createKehoach,
  type Kehoach,
  KehoachError,
  PlanPluginSchema,
  type Plugin,
  pluginPackageName,
} from "@kehoach/core";
import { CliError, usageError } from "../CliError";
import { exitCodes } from "../exitCodes";
import { discoverPlugins, type InstalledPlugin } from "./discoverPlugins";

/** Where plugins are looked for: the working directory, then the CLI's own installation. */
export function pluginSearchRoots(cwd = process.cwd()): string[] {
  return [cwd, fileURLToPath(new URL(".", import.meta.url))];
}

function isPlugin(value: unknown): value is Plugin {
  return typeof value === "object" && value !== null && typeof (value as Plugin).id === "string";
}

async function importPackage(
  packageName: string,
  roots: readonly string[],
): Promise<Record<string, unknown>> {
  try {
    return (await import(packageName)) as Record<string, unknown>;
  } catch (first) {
    for (const root of roots) {
      try {
        const entry = createRequire(join(root, "noop.js")).resolve(packageName);
        return (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
      } catch {
        // try the next root
      }
    }
    throw first;
  }
}

function pick(module: Record<string, unknown>, id: string | null): Plugin | undefined {
  const found = [module.default, ...Object.values(module)].filter(isPlugin);
  return id === null ? found[0] : found.find((p) => p.id === id);
}

/**
 * Loads one plugin: by id ("phuong-ba-dinh-80", found among the installed
 * packages that declare it), by package name, or by a path to a module.
 * @throws {CliError} (exit 2) when nothing by that name is installed.
 */
export async function loadPlugin(
  idOrPackage: string,
  roots: readonly string[] = pluginSearchRoots(),
  installed: Map<string, InstalledPlugin> = discoverPlugins(roots),
): Promise<Plugin> {
  const known = installed.get(idOrPackage);
  const isPath = idOrPackage.startsWith(".") || isAbsolute(idOrPackage);
  const specifier = known?.packageName ?? (isPath ? pathToFileURL(resolve(idOrPackage)).href : idOrPackage);
  const ids = [...installed.keys()].join(", ") || "—";
  let plugin: Plugin | undefined;
  try {
    plugin = pick(await importPackage(specifier, roots), known ? idOrPackage : null);
  } catch {
    throw usageError({
      vi: `không tìm thấy plugin '${idOrPackage}' (đã cài: ${ids}); hãy cài gói ${pluginPackageName(idOrPackage)}`,
      en: `plugin '${idOrPackage}' not found (installed: ${ids}); install the package ${pluginPackageName(idOrPackage)}`,
    });
  }
  if (plugin === undefined) {
    throw usageError({ vi: `'${idOrPackage}' không phải plugin`, en: `'${idOrPackage}' is not a plugin` });
  }
  return plugin;
}

/** The plugin ids a plan (as read from JSON) names; [] when it names none or the field is malformed. */
export function planPluginIds(plan: unknown): string[] {
  const field =
    typeof plan === "object" && plan !== null ? (plan as { plugins?: unknown }).plugins : undefined;
  const parsed = PlanPluginSchema.array().safeParse(field);
  return parsed.success ? parsed.data.map((p) => p.id) : [];
}

/**
 * The plugins a command runs a plan with: those given with `--plugin`, and
 * each plugin the plan names that is installed. A plan naming a plugin that
 * is not installed fails later, in core's runtime, with the package to install.
 * @throws {CliError} when the plugins conflict (exit 1) or a `--plugin` is not found (exit 2).
 */
export async function loadKehoachFor(plan: unknown, explicit: readonly string[] = []): Promise<Kehoach> {
  const roots = pluginSearchRoots();
  const installed = discoverPlugins(roots);
  const plugins: Plugin[] = [];
  for (const name of explicit) plugins.push(await loadPlugin(name, roots, installed));
  for (const id of planPluginIds(plan)) {
    if (plugins.some((p) => p.id === id) || !installed.has(id)) continue;
    plugins.push(await loadPlugin(id, roots, installed));
  }
  try {
    return createKehoach({ plugins });
  } catch (error) {
    if (!(error instanceof KehoachError)) throw error;
    const join = (lang: "vi" | "en") => error.diagnostics.map((d) => d[lang]).join("; ");
    throw new CliError({ vi: join("vi"), en: join("en") }, exitCodes.inputErrors);
  }
}
