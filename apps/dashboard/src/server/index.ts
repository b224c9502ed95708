export { createDashboardApp, type DashboardAppOptions } from "./createDashboardApp";
export { type DashboardConfig, DashboardConfigSchema, readDashboardConfig } from "./DashboardConfig";
export type { DashboardEnv, DashboardVariables } from "./DashboardEnv";
export { ApiError, type ApiErrorBody, type Bilingual } from "./http/ApiError";
export { createPlanRegistry, type PlanRegistry } from "./plan/createPlanRegistry";
export { type DemoAccount, demoAccounts } from "./seed/demoAccounts";
export { type SeedResult, type SeedStoreOptions, seedStore } from "./seed/seedStore";
export { type RunningDashboard, type StartDashboardOptions, startDashboard } from "./startDashboard";
