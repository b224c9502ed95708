export { describePluginConformance, type PluginConformanceOptions } from "./describePluginConformance";
