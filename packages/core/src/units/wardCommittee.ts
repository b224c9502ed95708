/** The prefix of every ward People's Committee's unit id. */
const PREFIX = "ubnd-phuong-";

/**
 * The unit id of a ward's People's Committee (Ủy ban nhân dân phường): the one
 * way to build it. The unit registry derives this unit from each ward.
 *
 * @example
 * ```ts
 * import { wardCommitteeId } from "@kehoach/core";
 * wardCommitteeId("ha-dinh"); // "ubnd-phuong-ha-dinh"
 * ```
 */
export function wardCommitteeId(wardId: string): string {
  return `${PREFIX}${wardId}`;
}

/**
 * The ward whose People's Committee a unit id names, or null when the unit is
 * not a ward committee (a district office, a ward branch, a ward's own office):
 * the inverse of {@link wardCommitteeId}.
 *
 * @example
 * ```ts
 * import { wardOfCommittee } from "@kehoach/core";
 * wardOfCommittee("ubnd-phuong-ha-dinh"); // "ha-dinh"
 * wardOfCommittee("phong-noi-vu"); // null
 * wardOfCommittee("van-phong-hdnd-ubnd-phuong-ba-dinh"); // null
 * ```
 */
export function wardOfCommittee(unitId: string): string | null {
  if (!unitId.startsWith(PREFIX) || unitId.length === PREFIX.length) return null;
  return unitId.slice(PREFIX.length);
}
