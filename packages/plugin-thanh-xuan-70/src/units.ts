import type { UnitInput } from "@kehoach/core";

const DISTRICT = "ubnd-quan-thanh-xuan";
/** The district ended with the two-level local government reform of 1 July 2025. */
const DISTRICT_END = "2025-06-30";

function department(
  id: string,
  short: string,
  aliases: string[],
  kind: UnitInput["kind"] = "department",
): UnitInput {
  return {
    id,
    name: `${short} quận Thanh Xuân`,
    short,
    aliases,
    kind,
    scope: "district",
    parent: DISTRICT,
    validTo: DISTRICT_END,
  };
}

/**
 * Every unit the seed plan names, with its full name and every spelling the seed
 * uses (and the usual abbreviations). Ward committees ("ubnd-phuong-<ward>"),
 * the mass organisations' ward branches and the "… các phường" groups are
 * derived from the wards by the registry.
 */
export const units: UnitInput[] = [
  {
    id: DISTRICT,
    name: "Ủy ban nhân dân quận Thanh Xuân",
    short: "UBND quận Thanh Xuân",
    aliases: ["UBND quận", "Ủy ban nhân dân quận", "UBND Q. Thanh Xuân", "Quận"],
    kind: "government",
    scope: "district",
    validTo: DISTRICT_END,
  },
  department("phong-noi-vu", "Phòng Nội vụ", ["P. NV", "Phòng NV", "Nội vụ", "NV"]),
  department("phong-van-hoa-thong-tin", "Phòng Văn hóa và Thông tin", [
    "Phòng VH&TT",
    "P. VH&TT",
    "VH&TT",
    "Phòng Văn hóa - Thông tin",
    "Phòng Văn hóa Thông tin",
  ]),
  department(
    "trung-tam-van-hoa-thong-tin-the-thao",
    "Trung tâm Văn hóa - Thông tin và Thể thao",
    [
      "TTVH-TT&TT",
      "TT.VH-TT&TT",
      "TTVHTT&TT",
      "Trung tâm VH-TT&TT",
      "Trung tâm Văn hóa Thông tin và Thể thao",
    ],
    "public-service",
  ),
  department("phong-quan-ly-do-thi", "Phòng Quản lý đô thị", ["P. QLĐT", "Phòng QLĐT", "QLĐT"]),
  department("phong-lao-dong-thuong-binh-xa-hoi", "Phòng Lao động - Thương binh và Xã hội", [
    "Phòng LĐ-TBXH",
    "P. LĐ-TBXH",
    "LĐ-TBXH",
    "LĐTBXH",
  ]),
  department("phong-giao-duc-dao-tao", "Phòng Giáo dục và Đào tạo", [
    "Phòng GD&ĐT",
    "P. GD&ĐT",
    "GD&ĐT",
    "GDĐT",
  ]),
  department("phong-tai-nguyen-moi-truong", "Phòng Tài nguyên và Môi trường", [
    "Phòng TN&MT",
    "P. TN&MT",
    "TN&MT",
    "TNMT",
  ]),
  department(
    "ban-quan-ly-du-an-dau-tu-xay-dung",
    "Ban Quản lý dự án đầu tư xây dựng",
    ["Ban QLDA ĐTXD", "Ban QLDA", "BQLDA ĐTXD"],
    "public-service",
  ),
  department("ban-chi-huy-quan-su", "Ban Chỉ huy Quân sự", ["Ban CHQS", "BCHQS"], "armed-forces"),
  {
    id: "cong-an-quan",
    name: "Công an quận Thanh Xuân",
    short: "Công an quận",
    aliases: ["CA quận", "Công an quận Thanh Xuân"],
    kind: "armed-forces",
    scope: "district",
    parent: DISTRICT,
    validTo: DISTRICT_END,
  },
  department(
    "uy-ban-mat-tran-to-quoc",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    ["Ủy ban Mặt trận Tổ quốc", "UB MTTQ", "UBMTTQ", "Ủy ban MTTQ", "MTTQ", "Mặt trận Tổ quốc"],
    "mass-organisation",
  ),
  department(
    "hoi-lien-hiep-phu-nu",
    "Hội Liên hiệp Phụ nữ",
    ["Hội LHPN", "LHPN", "Hội Phụ nữ"],
    "mass-organisation",
  ),
  department("hoi-cuu-chien-binh", "Hội Cựu chiến binh", ["Hội CCB", "CCB"], "mass-organisation"),
  department(
    "doan-thanh-nien",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    ["Đoàn TNCS HCM", "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên", "Đoàn TN", "Quận Đoàn"],
    "mass-organisation",
  ),
  department("lien-doan-lao-dong", "Liên đoàn Lao động", ["LĐLĐ", "Liên đoàn LĐ"], "mass-organisation"),
  {
    id: "cac-phong-ban-don-vi-lien-quan",
    name: "Các phòng, ban, đơn vị liên quan",
    aliases: ["Các phòng, ban, ngành liên quan", "Các phòng ban đơn vị liên quan"],
    kind: "group",
    scope: "group",
  },
  {
    id: "cac-don-vi-lien-quan",
    name: "Các đơn vị liên quan",
    aliases: ["Các đơn vị có liên quan"],
    kind: "group",
    scope: "group",
  },
  {
    id: "cac-to-chuc-chinh-tri-xa-hoi",
    name: "Các tổ chức chính trị - xã hội quận Thanh Xuân",
    aliases: ["Các tổ chức CT-XH", "Các tổ chức chính trị - xã hội", "Các đoàn thể"],
    kind: "group",
    scope: "group",
    members: ["hoi-lien-hiep-phu-nu", "hoi-cuu-chien-binh", "doan-thanh-nien", "lien-doan-lao-dong"],
  },
  {
    id: "cac-doanh-nghiep-tren-dia-ban",
    name: "Các doanh nghiệp trên địa bàn quận Thanh Xuân",
    aliases: ["Các DN trên địa bàn", "Các doanh nghiệp trên địa bàn", "Các DN"],
    kind: "group",
    scope: "group",
  },
];
