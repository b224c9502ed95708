export * from "./activityDeadline";
export * from "./activityProgress";
export * from "./classifyActivity";
export * from "./queryPlanStatus";
export * from "./targetsAchieved";
