import type { Exporter } from "@kehoach/core";
import { renderRewardAnnouncement } from "./renderRewardAnnouncement";

/**
 * The plugin's exporter: `kehoach export PLAN.json --report progress --format
 * thong-bao-khen-thuong` (or `exportPlan(plan, { report: "progress", format:
 * "thong-bao-khen-thuong", exporters })`) writes a one-page HTML announcement
 * of the collectives rewarded so far.
 */
export const rewardAnnouncementExporter: Exporter = {
  id: "phuong-ba-dinh-80-thong-bao-khen-thuong",
  format: "thong-bao-khen-thuong",
  extension: "html",
  mediaType: "text/html; charset=utf-8",
  label: {
    vi: "Thông báo danh sách tập thể được khen thưởng (1 trang)",
    en: "One-page announcement of the rewarded collectives",
  },
  render: renderRewardAnnouncement,
};
