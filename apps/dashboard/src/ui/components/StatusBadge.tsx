import { useStatusLabel } from "../AppContext";
import { useI18n } from "../i18n/I18nProvider";

/** A lifecycle status as a coloured badge (its label from core), with an overdue flag. */
export function StatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t, pick } = useI18n();
  const label = useStatusLabel();
  return (
    <span className="badges">
      <span className={`badge badge-${status}`}>{pick(label(status))}</span>
      {overdue ? <span className="badge badge-overdue">{t("overdueFlag")}</span> : null}
    </span>
  );
}
