import type { StatusAnswer } from "../../api/types";
import { ProgressBar } from "../../components/ProgressBar";
import { useI18n } from "../../i18n/I18nProvider";

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days to (or since) the anniversary the plan works toward. */
function Countdown({
  asOf,
  anniversary,
}: {
  asOf: string;
  anniversary: NonNullable<StatusAnswer["anniversary"]>;
}) {
  const { t } = useI18n();
  const n = daysBetween(asOf, anniversary.on);
  const values = { n: Math.abs(n), event: anniversary.event, date: anniversary.on };
  return (
    <p className="countdown" data-testid="countdown">
      {n > 0
        ? t("overview.daysLeft", values)
        : n < 0
          ? t("overview.daysSince", values)
          : t("overview.isToday", values)}
    </p>
  );
}

/** The plan's progress, its activity and overdue counts, and the anniversary countdown. */
export function ProgressPanel({ data }: { data: StatusAnswer }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="progress-h" className="panel">
      <h2 id="progress-h">{t("overview.progress")}</h2>
      <ProgressBar value={data.progress.plan} label={t("overview.progress")} />
      <p className="muted">
        {t("overview.total")}: <strong data-testid="leaf-total">{data.total}</strong> ·{" "}
        {t("overview.overdue")}: <strong>{data.overdue}</strong>
      </p>
      {data.anniversary ? <Countdown asOf={data.asOf} anniversary={data.anniversary} /> : null}
    </section>
  );
}
