export {
  type CreatePlanRuntimeOptions,
  createPlanRuntime,
  type PlanRuntime,
  type RuntimeRecord,
} from "./createPlanRuntime";
