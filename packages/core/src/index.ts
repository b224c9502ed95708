export * from "./documents/index";
export * from "./errors/index";
export * from "./model/index";
export * from "./text/index";
export * from "./lifecycle/index";
export * from "./engine/index";
export * from "./queries/index";
