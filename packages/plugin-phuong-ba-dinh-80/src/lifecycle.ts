import type { LifecycleExtension } from "@kehoach/core";
import { ISSUER_ID } from "./units";
import { WARD_ID } from "./wards";

/** The ward's emulation and reward council (Hội đồng Thi đua - Khen thưởng phường). */
export const REWARD_COUNCIL_ID = `hoi-dong-thi-dua-khen-thuong-phuong-${WARD_ID}`;

/** The ward's office (Văn phòng HĐND và UBND), which checks reports for the committee. */
export const OFFICE_ID = `van-phong-hdnd-${ISSUER_ID}`;

/**
 * The ward's lifecycle: a reported activity is approved by the ward chairman
 * (`APPROVE`, sent as the ward's People's Committee — name the chairman in
 * `by.person`) before anyone may reward it; the emulation and reward council
 * may reward besides the committee, and the ward office may return a report
 * for revision. Extensions (gia hạn) must cite a decision.
 *
 * planned → inProgress → reported → **approved** → rewarded
 */
export const lifecycle: LifecycleExtension = {
  steps: [
    {
      state: "approved",
      after: "reported",
      event: "APPROVE",
      allowed: [ISSUER_ID],
      label: { vi: "Chủ tịch UBND phường đã phê duyệt", en: "Approved by the ward chairman" },
    },
  ],
  authorities: [
    { event: "REWARD", units: [REWARD_COUNCIL_ID] },
    { event: "RETURN", units: [OFFICE_ID] },
  ],
  requireExtendDecision: true,
};
