import type { UnitRef } from "@kehoach/core";

/**
 * Whether a lead or coordinator cell names a unit: a resolved unit, a group
 * with members, or an unresolved single name. A prose cell the importer could
 * not resolve to any unit ("Căn cứ chức năng, nhiệm vụ được giao, các phòng,
 * ban, đơn vị liên quan chủ động tham mưu …", table 2's lead column) is not
 * one: it is shown with the activity, never as a unit in rollups or filters.
 */
export function isUnitRef(ref: UnitRef): boolean {
  return ref.unitId !== null || ref.scope !== "group" || ref.members.length > 0;
}
