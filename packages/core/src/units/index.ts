export { createUnitRegistry } from "./createUnitRegistry";
export { isValidAt, type Validity } from "./isValidAt";
export {
  type ResolveUnitsOptions,
  ResolveUnitsOptionsSchema,
  type ResolveUnitsResult,
  resolveUnits,
} from "./resolveUnits";
export { splitUnitCell, type UnitCellItem } from "./splitUnitCell";
export type { LookupOptions, UnitRegistry } from "./UnitRegistry";
export { looseUnitKey, unitKey } from "./unitKey";
export { wardCommitteeId, wardOfCommittee } from "./wardCommittee";
export { hasWardBranches, wardBranchId, wardGroupId, wardUnits } from "./wardUnits";
