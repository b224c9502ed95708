export {
  type CreateKehoachOptions,
  CreateKehoachOptionsSchema,
  type CreateKehoachResult,
  createKehoach,
  type Kehoach,
  tryCreateKehoach,
} from "./createKehoach";
export { checkPlugin, definePlugin } from "./definePlugin";
export {
  type ColumnSynonym,
  ColumnSynonymSchema,
  type Exporter,
  type ExporterRender,
  ExporterSchema,
  type PeriodWord,
  type PeriodWordInput,
  PeriodWordSchema,
  type PlanSource,
  PlanSourceSchema,
  type Plugin,
  type PluginInput,
  PluginSchema,
} from "./PluginSchema";
export {
  planPluginOf,
  pluginPackageName,
  type SelectedPlanPlugins,
  selectPlanPlugins,
} from "./planPlugins";
