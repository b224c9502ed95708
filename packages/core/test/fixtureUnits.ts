import type { UnitInput, WardInput } from "../src/model/Unit";

/** A small district for the core's own tests (the real one lives in plugin-thanh-xuan-70). */
export const fixtureUnits: UnitInput[] = [
  {
    id: "ubnd-quan-a",
    name: "Ủy ban nhân dân quận A",
    short: "UBND quận A",
    aliases: ["UBND quận"],
    kind: "government",
    scope: "district",
    validTo: "2025-06-30",
  },
  {
    id: "phong-van-hoa-thong-tin",
    name: "Phòng Văn hóa và Thông tin quận A",
    short: "Phòng Văn hóa và Thông tin",
    aliases: ["Phòng VH&TT", "VH&TT"],
    kind: "department",
    scope: "district",
    parent: "ubnd-quan-a",
  },
  {
    id: "trung-tam-van-hoa",
    name: "Trung tâm Văn hóa - Thông tin và Thể thao quận A",
    short: "Trung tâm Văn hóa - Thông tin và Thể thao",
    aliases: ["TTVH-TT&TT"],
    kind: "public-service",
    scope: "district",
  },
  {
    id: "phong-quan-ly-do-thi",
    name: "Phòng Quản lý đô thị quận A",
    aliases: ["P. QLĐT", "QLĐT"],
    kind: "department",
    scope: "district",
  },
  {
    id: "hoi-cuu-chien-binh",
    name: "Hội Cựu chiến binh quận A",
    short: "Hội Cựu chiến binh",
    aliases: ["Hội CCB"],
    kind: "mass-organisation",
    scope: "district",
  },
  {
    id: "phong-thuy-loi",
    name: "Phòng Thủy lợi quận A",
    short: "Phòng Thủy lợi",
    aliases: ["Hi vọng"],
    kind: "department",
    scope: "district",
  },
];

export const fixtureWards: WardInput[] = [
  { id: "khuong-dinh", name: "Khương Đình", aliases: ["KĐ"], district: "ubnd-quan-a", validTo: "2024-12-31" },
  {
    id: "thanh-xuan-bac",
    name: "Thanh Xuân Bắc",
    aliases: ["TXB"],
    district: "ubnd-quan-a",
    validTo: "2024-12-31",
  },
  {
    id: "khuong-dinh-moi",
    name: "Khương Đình",
    aliases: ["KĐ"],
    district: "ubnd-quan-a",
    validFrom: "2025-01-01",
    validTo: "2025-06-30",
  },
];
