export * from "./createLifecycleRoles";
export * from "./createPlanEngine";
export * from "./diffPlanStates";
export * from "./engineSnapshotJsonSchema";
export * from "./PlanEngineSnapshot";
export * from "./PlanState";
export * from "./vietnamTime";
