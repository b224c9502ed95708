import { definePlugin } from "@kehoach/core";
import { keHoach70NamGiaiPhongThuDo } from "./plans/keHoach70NamGiaiPhongThuDo";
import { units } from "./units";
import { wards } from "./wards";

/** The plan's issuer: Ủy ban nhân dân quận Thanh Xuân. */
export const ISSUER_ID = "ubnd-quan-thanh-xuan";

/** The id of the shipped plan source. */
export const PLAN_ID = "ke-hoach-70-nam-giai-phong-thu-do";

/**
 * The Thanh Xuân plugin: the district's units and its 11 wards of 2024, the
 * 70th anniversary of the Liberation of the Capital, and the seed plan document.
 */
export const thanhXuan70 = definePlugin({
  id: "thanh-xuan-70",
  name: "Kỷ niệm 70 năm Ngày Giải phóng Thủ đô — UBND quận Thanh Xuân",
  version: "0.1.0",
  units,
  wards,
  anniversary: { event: "Ngày Giải phóng Thủ đô", date: "1954-10-10", years: 70, on: "2024-10-10" },
  plans: [
    {
      id: PLAN_ID,
      title: "Biểu tổng hợp các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2024)",
      format: "text",
      content: keHoach70NamGiaiPhongThuDo,
      fileName: "ke-hoach-70-nam-giai-phong-thu-do.txt",
      year: 2024,
      issuer: ISSUER_ID,
      date: "2024-04-01",
    },
  ],
});
