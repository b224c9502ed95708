import type { StatusAnswer } from "../../api/types";
import { useI18n } from "../../i18n/I18nProvider";

/** The classification (on time, late, overdue, …) as cards and as a bar chart. */
export function ClassesPanel({ data }: { data: StatusAnswer }) {
  const { t, pick } = useI18n();
  const max = Math.max(1, ...Object.values(data.classes).map((c) => c.count));
  const label = (key: string) => (data.classLabels[key] ? pick(data.classLabels[key]) : key);
  return (
    <section aria-labelledby="classes-h" className="panel">
      <h2 id="classes-h">{t("overview.classes")}</h2>
      <ul className="cards" data-testid="class-cards">
        {Object.entries(data.classes).map(([key, value]) => (
          <li key={key} className={`card class-${key}`} data-class={key}>
            <span className="card-count">{value.count}</span>
            <span className="card-label">{label(key)}</span>
            <span className="card-percent">{value.percent}%</span>
          </li>
        ))}
      </ul>
      <figure className="chart" aria-label={t("overview.classes")}>
        {Object.entries(data.classes).map(([key, value]) => (
          <div key={key} className="chart-row">
            <span className="chart-label">{label(key)}</span>
            <span className={`chart-bar class-${key}`} style={{ width: `${(value.count / max) * 100}%` }} />
            <span className="chart-value">{value.count}</span>
          </div>
        ))}
      </figure>
    </section>
  );
}
