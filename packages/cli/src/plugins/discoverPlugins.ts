import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";

/** The `kehoach` field of a plugin package's package.json: the plugin ids it ships. */
export const PluginManifestSchema = z.object({
  plugins: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)).min(1),
});
export type PluginManifest = z.infer<typeof PluginManifestSchema>;

/** An installed package that declares kehoach plugins. */
export interface InstalledPlugin {
  /** The plugin id, e.g. "phuong-ba-dinh-80". */
  id: string;
  /** The npm package that ships it. */
  packageName: string;
  /** Its version, from its package.json. */
  packageVersion: string;
  /** The folder it is installed in. */
  directory: string;
}

/** Package folders under one node_modules that may be plugins: `@kehoach/*`, `kehoach-plugin-*`, `@scope/kehoach-plugin-*`. */
function candidates(nodeModules: string): string[] {
  const out: string[] = [];
  const list = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() || e.isSymbolicLink())
        .map((e) => e.name);
    } catch {
      return [];
    }
  };
  for (const name of list(nodeModules)) {
    if (name.startsWith("kehoach-plugin-")) out.push(join(nodeModules, name));
    else if (name.startsWith("@")) {
      for (const inner of list(join(nodeModules, name))) {
        if (name === "@kehoach" || inner.startsWith("kehoach-plugin-"))
          out.push(join(nodeModules, name, inner));
      }
    }
  }
  return out;
}

function readManifest(directory: string): InstalledPlugin[] {
  let pkg: { name?: unknown; version?: unknown; kehoach?: unknown };
  try {
    pkg = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as typeof pkg;
  } catch {
    return [];
  }
  const manifest = PluginManifestSchema.safeParse(pkg.kehoach);
  if (!manifest.success || typeof pkg.name !== "string") return [];
  const packageVersion = typeof pkg.version === "string" ? pkg.version : "0.0.0";
  return manifest.data.plugins.map((id) => ({
    id,
    packageName: pkg.name as string,
    packageVersion,
    directory,
  }));
}

/**
 * Finds the installed packages that declare kehoach plugins (the `kehoach`
 * field of their package.json, `{ "plugins": ["<id>"] }`), in the
 * node_modules folders at and above each of `from` (the working directory,
 * the CLI's own folder). Only `@kehoach/*` and `[@scope/]kehoach-plugin-*`
 * packages are read. The nearest installation of an id wins.
 */
export function discoverPlugins(from: readonly string[]): Map<string, InstalledPlugin> {
  const found = new Map<string, InstalledPlugin>();
  const seen = new Set<string>();
  for (const start of from) {
    let dir = start;
    for (;;) {
      const nodeModules = join(dir, "node_modules");
      if (!seen.has(nodeModules) && existsSync(nodeModules)) {
        seen.add(nodeModules);
        for (const candidate of candidates(nodeModules)) {
          for (const plugin of readManifest(candidate))
            if (!found.has(plugin.id)) found.set(plugin.id, plugin);
        }
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return found;
}
