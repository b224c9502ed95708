/** Escapes text for HTML content and attribute values: `escapeHtml` of `@kehoach/core`, re-exported. */
export { escapeHtml } from "@kehoach/core";
export { buildRewardAnnouncement } from "./announcement/buildRewardAnnouncement";
export {
  type AnnouncementInput,
  AnnouncementInputSchema,
  REWARDS_TABLE_ID,
  type RewardAnnouncement,
  type RewardedCollective,
} from "./announcement/RewardAnnouncement";
export { announcementToHtml, renderRewardAnnouncement } from "./announcement/renderRewardAnnouncement";
export { rewardAnnouncementExporter } from "./announcement/rewardAnnouncementExporter";
export { type PhuongBaDinh80DiagnosticCode, phuongBaDinh80DiagnosticCodes } from "./diagnosticCodes";
export { lifecycle, OFFICE_ID, REWARD_COUNCIL_ID } from "./lifecycle";
export { periodVocabulary } from "./periodVocabulary";
export { samplePlan } from "./plans/samplePlan";
export {
  anniversary,
  PLAN_ID,
  phuongBaDinh80,
  phuongBaDinh80 as default,
  phuongBaDinh80Options,
} from "./plugin";
export { RESIDENTIAL_GROUP_COUNT, residentialGroupId, residentialGroups } from "./residentialGroups";
export { ISSUER_ID, units } from "./units";
export { VALID_FROM, WARD_ID, wards } from "./wards";
