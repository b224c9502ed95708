import type { UnitInput } from "@kehoach/core";
import { ISSUER_ID } from "./units";
import { VALID_FROM, WARD_ID } from "./wards";

/** How many residential groups (tổ dân phố) the ward has: set the real number. */
export const RESIDENTIAL_GROUP_COUNT = 12;

/** The id of residential group `n`: "to-dan-pho-1-phuong-ba-dinh". */
export function residentialGroupId(n: number): string {
  return `to-dan-pho-${n}-phuong-${WARD_ID}`;
}

/**
 * The residential groups ("tổ dân phố", the lowest level under a ward since the
 * 2025 reform, in place of the wards of a district plan) and the group "Các tổ
 * dân phố" that stands for all of them.
 */
export const residentialGroups: UnitInput[] = [
  ...Array.from({ length: RESIDENTIAL_GROUP_COUNT }, (_, i): UnitInput => {
    const n = i + 1;
    return {
      id: residentialGroupId(n),
      name: `Tổ dân phố số ${n} phường Ba Đình`,
      short: `Tổ dân phố số ${n}`,
      aliases: [`TDP số ${n}`, `Tổ dân phố ${n}`, `TDP ${n}`],
      kind: "residential-group",
      scope: "ward",
      parent: ISSUER_ID,
      validFrom: VALID_FROM,
    };
  }),
  {
    id: `cac-to-dan-pho-phuong-${WARD_ID}`,
    name: "Các tổ dân phố phường Ba Đình",
    short: "Các tổ dân phố",
    aliases: ["Các TDP", "Các tổ dân phố trên địa bàn"],
    kind: "group",
    scope: "group",
    members: Array.from({ length: RESIDENTIAL_GROUP_COUNT }, (_, i) => residentialGroupId(i + 1)),
    validFrom: VALID_FROM,
  },
];
