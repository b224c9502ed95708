import { type UnitInput, wardCommitteeId } from "@kehoach/core";
import { VALID_FROM, WARD_ID } from "./wards";

/** The ward's People's Committee (derived from the ward by the registry): the plan's issuer. */
export const ISSUER_ID = wardCommitteeId(WARD_ID);

/** A unit of the ward: id suffixed with the ward, valid from 2025-07-01, under the committee. */
function wardUnit(
  id: string,
  name: string,
  short: string,
  aliases: string[],
  kind: UnitInput["kind"],
  parent: string | null = ISSUER_ID,
): UnitInput {
  return {
    id: `${id}-phuong-${WARD_ID}`,
    name,
    short,
    aliases,
    kind,
    scope: "ward",
    parent,
    validFrom: VALID_FROM,
  };
}

/**
 * The units the plan names: the committee's offices, the Fatherland Front and
 * the mass organisations of the ward, police and military command, with every
 * spelling the plan uses. Add the abbreviations your documents use; never
 * rename an id once published (the conformance suite checks `stableIds`).
 */
export const units: UnitInput[] = [
  wardUnit(
    "van-phong-hdnd-ubnd",
    "Văn phòng HĐND và UBND phường Ba Đình",
    "Văn phòng HĐND-UBND",
    ["VP HĐND-UBND", "Văn phòng HĐND - UBND", "Văn phòng HĐND và UBND"],
    "department",
  ),
  wardUnit(
    "phong-kinh-te-ha-tang-do-thi",
    "Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    ["Phòng Kinh tế", "Phòng KT-HT&ĐT", "Phòng KTHTĐT"],
    "department",
  ),
  wardUnit(
    "phong-van-hoa-xa-hoi",
    "Phòng Văn hóa - Xã hội phường Ba Đình",
    "Phòng Văn hóa - Xã hội",
    ["Phòng VH-XH", "Phòng Văn hóa Xã hội", "VH-XH"],
    "department",
  ),
  wardUnit(
    "trung-tam-phuc-vu-hanh-chinh-cong",
    "Trung tâm Phục vụ hành chính công phường Ba Đình",
    "Trung tâm Phục vụ hành chính công",
    ["Trung tâm PVHCC", "TT PVHCC", "TT Phục vụ hành chính công"],
    "public-service",
  ),
  wardUnit(
    "hoi-dong-thi-dua-khen-thuong",
    "Hội đồng Thi đua - Khen thưởng phường Ba Đình",
    "Hội đồng Thi đua - Khen thưởng phường",
    ["Hội đồng TĐKT phường", "Hội đồng Thi đua Khen thưởng phường"],
    "government",
  ),
  wardUnit(
    "uy-ban-mat-tran-to-quoc",
    "Ủy ban Mặt trận Tổ quốc Việt Nam phường Ba Đình",
    "UB MTTQ phường",
    ["Ủy ban MTTQ phường", "UB MTTQ Việt Nam phường", "MTTQ phường"],
    "mass-organisation",
    null,
  ),
  wardUnit(
    "hoi-lien-hiep-phu-nu",
    "Hội Liên hiệp Phụ nữ phường Ba Đình",
    "Hội LHPN phường",
    ["Hội Phụ nữ phường", "Hội Liên hiệp Phụ nữ phường"],
    "mass-organisation",
    null,
  ),
  wardUnit(
    "hoi-cuu-chien-binh",
    "Hội Cựu chiến binh phường Ba Đình",
    "Hội CCB phường",
    ["Hội Cựu chiến binh phường"],
    "mass-organisation",
    null,
  ),
  wardUnit(
    "doan-thanh-nien",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Ba Đình",
    "Đoàn Thanh niên phường",
    ["Đoàn TNCS HCM phường", "Đoàn TN phường", "Phường đoàn"],
    "mass-organisation",
    null,
  ),
  wardUnit("cong-an", "Công an phường Ba Đình", "Công an phường", ["CA phường"], "armed-forces", null),
  wardUnit(
    "ban-chi-huy-quan-su",
    "Ban Chỉ huy Quân sự phường Ba Đình",
    "Ban CHQS phường",
    ["Ban Chỉ huy quân sự phường"],
    "armed-forces",
    null,
  ),
  {
    id: `cac-to-chuc-chinh-tri-xa-hoi-phuong-${WARD_ID}`,
    name: "Các tổ chức chính trị - xã hội phường Ba Đình",
    short: "Các tổ chức CT-XH phường",
    aliases: ["Các tổ chức chính trị - xã hội phường", "Các đoàn thể phường"],
    kind: "group",
    scope: "group",
    members: ["hoi-lien-hiep-phu-nu", "hoi-cuu-chien-binh", "doan-thanh-nien"].map(
      (id) => `${id}-phuong-${WARD_ID}`,
    ),
    validFrom: VALID_FROM,
  },
  {
    // Identical to the open group of other kehoach plugins: identical definitions merge.
    id: "cac-don-vi-lien-quan",
    name: "Các đơn vị liên quan",
    aliases: ["Các đơn vị có liên quan"],
    kind: "group",
    scope: "group",
  },
];
