import type { AccountInput } from "@kehoach/store";

/** A demo account without its password. */
export type DemoAccount = Omit<AccountInput, "password">;

/**
 * The demo accounts created on first start: the issuer's administrator, the
 * TTVH-TT&TT officer (lead of 2.2, 3.1–3.3), the Hạ Đình and Kim Giang ward
 * officers, for the Ba Đình plan (2025) the ward's People's Committee (which
 * approves and rewards) and its Phòng Văn hóa - Xã hội (lead of 1.1, 2.4, 3.1,
 * 3.2), and a read-only viewer.
 */
export const demoAccounts: readonly DemoAccount[] = [
  {
    username: "ubnd-quan",
    displayName: "Văn phòng UBND quận Thanh Xuân",
    role: "issuer-admin",
    unit: "ubnd-quan-thanh-xuan",
  },
  {
    username: "ttvh",
    displayName: "Cán bộ TTVH-TT&TT quận",
    role: "unit-officer",
    unit: "trung-tam-van-hoa-thong-tin-the-thao",
  },
  {
    username: "ha-dinh",
    displayName: "Cán bộ UBND phường Hạ Đình",
    role: "ward-officer",
    unit: "ubnd-phuong-ha-dinh",
    ward: "ha-dinh",
  },
  {
    username: "kim-giang",
    displayName: "Cán bộ UBND phường Kim Giang",
    role: "ward-officer",
    unit: "ubnd-phuong-kim-giang",
    ward: "kim-giang",
  },
  {
    username: "ubnd-ba-dinh",
    displayName: "Văn phòng HĐND và UBND phường Ba Đình",
    role: "issuer-admin",
    unit: "ubnd-phuong-ba-dinh",
  },
  {
    username: "vhxh-ba-dinh",
    displayName: "Cán bộ Phòng Văn hóa - Xã hội phường Ba Đình",
    role: "unit-officer",
    unit: "phong-van-hoa-xa-hoi-phuong-ba-dinh",
  },
  { username: "xem", displayName: "Người xem", role: "viewer" },
];
