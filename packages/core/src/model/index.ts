export * from "./Activity";
export * from "./Diagnostic";
export * from "./DocumentRef";
export * from "./Event";
export * from "./Plan";
export * from "./TextRange";
export * from "./Unit";
