export { COUNTED_NOUNS, NOT_TARGET_WORDS } from "./countedNouns";
export { type FindTargetsOptions, FindTargetsOptionsSchema, findTargets } from "./findTargets";
