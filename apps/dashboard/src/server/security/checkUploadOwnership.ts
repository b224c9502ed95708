import type { Plan } from "@kehoach/core";
import type { Account, Store } from "@kehoach/store";
import { ApiError } from "../http/ApiError";

/**
 * Refuses (403) a saved upload that is not a new plan or a new version of a
 * plan the account's office issued: a stored plan of that id must have the
 * account's unit as issuer, and the uploaded plan must not name another
 * issuer. A document that names no issuer keeps none (only its leads act).
 */
export async function checkUploadOwnership(store: Store, account: Account, plan: Plan): Promise<void> {
  const office = account.unit;
  const existing = await store.getPlan(plan.id);
  if (existing && (office === null || existing.issuer.unitId !== office)) {
    throw new ApiError(
      403,
      "import.not-owner",
      {
        vi: `kế hoạch "${plan.id}" do ${existing.issuer.name || "cơ quan khác"} ban hành; chỉ cơ quan ban hành mới được lưu phiên bản mới`,
        en: `plan "${plan.id}" was issued by ${existing.issuer.name || "another office"}; only its issuer may save a new version`,
      },
      { plan: plan.id, issuer: existing.issuer.unitId },
    );
  }
  if (plan.issuer.unitId !== null && plan.issuer.unitId !== office) {
    throw new ApiError(
      403,
      "import.other-issuer",
      {
        vi: `tài liệu do ${plan.issuer.name} ban hành, không phải cơ quan của tài khoản này`,
        en: `the document was issued by ${plan.issuer.name}, not by this account's office`,
      },
      { issuer: plan.issuer.unitId },
    );
  }
}
