import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";

const known = new Set(["planned", "inProgress", "reported", "approved", "rewarded", "cancelled"]);

/** A lifecycle status as a coloured badge, with an overdue flag. */
export function StatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t } = useI18n();
  const label = known.has(status) ? t(`status.${status}` as MessageKey) : status;
  return (
    <span className="badges">
      <span className={`badge badge-${known.has(status) ? status : "other"}`}>{label}</span>
      {overdue ? <span className="badge badge-overdue">{t("overdueFlag")}</span> : null}
    </span>
  );
}
