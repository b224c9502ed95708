import type { WardInput } from "@kehoach/core";

/** The day the two-level local government began (no district level): 1 July 2025. */
export const VALID_FROM = "2025-07-01";

/** The ward's id; its People's Committee is `ubnd-phuong-ba-dinh` (derived by the registry). */
export const WARD_ID = "ba-dinh";

/**
 * The ward the plan belongs to. Since 1 July 2025 a ward (phường) answers to the
 * city directly: `district` is null. The registry derives its People's
 * Committee ("UBND phường Ba Đình", id `ubnd-phuong-ba-dinh`).
 */
export const wards: WardInput[] = [
  { id: WARD_ID, name: "Ba Đình", aliases: [], district: null, validFrom: VALID_FROM },
];
