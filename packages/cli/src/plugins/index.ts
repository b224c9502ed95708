export { createCliRuntime, planErrorToCliError } from "./createCliRuntime";
export {
  discoverPlugins,
  type InstalledPlugin,
  type PluginManifest,
  PluginManifestSchema,
} from "./discoverPlugins";
export { loadKehoachFor, loadPlugin, planPluginIds, pluginSearchRoots } from "./loadPlugins";
