import { definePlugin, type PluginInput } from "@kehoach/core";
import { rewardAnnouncementExporter } from "./announcement/rewardAnnouncementExporter";
import { lifecycle } from "./lifecycle";
import { periodVocabulary } from "./periodVocabulary";
import { samplePlan } from "./plans/samplePlan";
import { residentialGroups } from "./residentialGroups";
import { ISSUER_ID, units } from "./units";
import { wards } from "./wards";

/** The id of the shipped sample plan. */
export const PLAN_ID = "ke-hoach-phuong-ba-dinh-80";

/**
 * The anniversary the plan celebrates: 80 years of the August Revolution
 * (19/8/1945) and of National Day (2/9/1945); the celebrations culminate on
 * 2 September 2025.
 */
export const anniversary = {
  event: "Cách mạng Tháng Tám và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
  date: "1945-08-19",
  years: 80,
  on: "2025-09-02",
} as const satisfies NonNullable<PluginInput["anniversary"]>;

/** Everything `definePlugin` gets, typed, so a tool can extend it before defining its own plugin. */
export const phuongBaDinh80Options = {
  id: "phuong-ba-dinh-80",
  name: "Kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh — UBND phường Ba Đình",
  version: "0.1.0",
  units: [...units, ...residentialGroups],
  wards,
  anniversary,
  plans: [
    {
      id: PLAN_ID,
      title:
        "Biểu tổng hợp các hoạt động kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh (TÀI LIỆU MẪU / SAMPLE)",
      format: "text",
      content: samplePlan,
      fileName: "sample-plan.txt",
      year: 2025,
      issuer: ISSUER_ID,
      date: "2025-07-01",
    },
  ],
  periodVocabulary,
  lifecycle,
  exporters: [rewardAnnouncementExporter],
} satisfies PluginInput;

/**
 * The plugin: the ward's units and residential groups (valid from 1 July 2025),
 * the anniversary, the 2025 time words, the chairman's approval step, the
 * reward announcement exporter and the sample plan.
 */
export const phuongBaDinh80 = definePlugin(phuongBaDinh80Options);
