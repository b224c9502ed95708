import type { AccountInput } from "@kehoach/store";

/** A demo account without its password. */
export type DemoAccount = Omit<AccountInput, "password">;

/**
 * The demo accounts created on first start: the issuer's administrator, the
 * TTVH-TT&TT officer (lead of 2.2, 3.1–3.3), the Hạ Đình and Kim Giang ward
 * officers and a read-only viewer.
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
  { username: "xem", displayName: "Người xem", role: "viewer" },
];
