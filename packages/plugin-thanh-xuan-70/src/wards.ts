import type { WardInput } from "@kehoach/core";

/** The last day of the 11 wards: the ward merger of 1 January 2025 left nine. */
const WARDS_END = "2024-12-31";

function ward(id: string, name: string, short: string): WardInput {
  return { id, name, aliases: [short], district: "ubnd-quan-thanh-xuan", validTo: WARDS_END };
}

/** The 11 wards of Thanh Xuân in 2024, in the order the seed lists them, with their short forms ("KĐ", "TXB"). */
export const wards: WardInput[] = [
  ward("ha-dinh", "Hạ Đình", "HĐ"),
  ward("khuong-dinh", "Khương Đình", "KĐ"),
  ward("kim-giang", "Kim Giang", "KG"),
  ward("khuong-mai", "Khương Mai", "KM"),
  ward("khuong-trung", "Khương Trung", "KT"),
  ward("nhan-chinh", "Nhân Chính", "NC"),
  ward("phuong-liet", "Phương Liệt", "PL"),
  ward("thuong-dinh", "Thượng Đình", "TĐ"),
  ward("thanh-xuan-bac", "Thanh Xuân Bắc", "TXB"),
  ward("thanh-xuan-nam", "Thanh Xuân Nam", "TXN"),
  ward("thanh-xuan-trung", "Thanh Xuân Trung", "TXT"),
];
