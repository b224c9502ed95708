import { asOfQuery, useApp } from "../AppContext";
import type { StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { ProgressBar } from "../components/ProgressBar";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Tổng quan: plan progress, classification cards and chart, progress by section and lead, due soon, countdown. */
export function OverviewPage() {
  const app = useApp();
  const { t, pick } = useI18n();
  const { data, error, loading, reload } = useApi<StatusAnswer>(
    `/api/plans/${encodeURIComponent(app.planId)}/status${asOfQuery(app)}&activities=false`,
  );
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{loading ? t("loading") : ""}</p>;
  const asOf = data.asOf;
  const anniversary = data.anniversary;
  const leaves = data.total;
  const max = Math.max(1, ...Object.values(data.classes).map((c) => c.count));
  return (
    <div className="page overview">
      <h1>{t("nav.overview")}</h1>
      <section aria-labelledby="progress-h" className="panel">
        <h2 id="progress-h">{t("overview.progress")}</h2>
        <ProgressBar value={data.progress.plan} label={t("overview.progress")} />
        <p className="muted">
          {t("overview.total")}: <strong data-testid="leaf-total">{leaves}</strong> · {t("overview.overdue")}:{" "}
          <strong>{data.overdue}</strong>
        </p>
        {anniversary ? (
          <p className="countdown" data-testid="countdown">
            {(() => {
              const n = daysBetween(asOf, anniversary.on);
              const values = { n: Math.abs(n), event: anniversary.event, date: anniversary.on };
              if (n > 0) return t("overview.daysLeft", values);
              if (n < 0) return t("overview.daysSince", values);
              return t("overview.isToday", values);
            })()}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="classes-h" className="panel">
        <h2 id="classes-h">{t("overview.classes")}</h2>
        <ul className="cards" data-testid="class-cards">
          {Object.entries(data.classes).map(([key, value]) => (
            <li key={key} className={`card class-${key}`} data-class={key}>
              <span className="card-count">{value.count}</span>
              <span className="card-label">{data.classLabels[key] ? pick(data.classLabels[key]) : key}</span>
              <span className="card-percent">{value.percent}%</span>
            </li>
          ))}
        </ul>
        <figure className="chart" aria-label={t("overview.classes")}>
          {Object.entries(data.classes).map(([key, value]) => (
            <div key={key} className="chart-row">
              <span className="chart-label">{data.classLabels[key] ? pick(data.classLabels[key]) : key}</span>
              <span className={`chart-bar class-${key}`} style={{ width: `${(value.count / max) * 100}%` }} />
              <span className="chart-value">{value.count}</span>
            </div>
          ))}
        </figure>
      </section>
      <div className="columns">
        <section aria-labelledby="sections-h" className="panel">
          <h2 id="sections-h">{t("overview.bySection")}</h2>
          <table data-testid="groups">
            <thead>
              <tr>
                <th scope="col">{t("col.group")}</th>
                <th scope="col">{t("col.activities")}</th>
                <th scope="col">{t("col.progress")}</th>
              </tr>
            </thead>
            <tbody>
              {data.groups.map((g) => (
                <tr key={g.id} data-group={g.id}>
                  <td className="group-title">
                    {g.id.startsWith("table-") ? (
                      <span title={g.title}>{g.title}</span>
                    ) : (
                      <Link to={`/hoat-dong/${encodeURIComponent(g.id)}`}>
                        <span title={g.title}>
                          {g.code} {g.title}
                        </span>
                      </Link>
                    )}
                  </td>
                  <td>{g.activities}</td>
                  <td>
                    <ProgressBar value={g.progress} label={`${g.code} ${g.title}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="leads-h" className="panel">
          <h2 id="leads-h">{t("overview.byLead")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("col.unit")}</th>
                <th scope="col">{t("col.activities")}</th>
                <th scope="col">{t("col.progress")}</th>
              </tr>
            </thead>
            <tbody>
              {data.byLead.map((u) => (
                <tr key={u.unit}>
                  <td>{u.name}</td>
                  <td>{u.activities}</td>
                  <td>
                    <ProgressBar value={u.progress} label={u.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section aria-labelledby="due-h" className="panel">
        <h2 id="due-h">{t("overview.due")}</h2>
        {data.dueWithin.activities.length === 0 ? (
          <p className="muted">{t("overview.noneDue")}</p>
        ) : (
          <ul>
            {data.dueWithin.activities.map((a) => (
              <li key={a.id}>
                <Link to={`/hoat-dong/${encodeURIComponent(a.id)}`}>{a.code}</Link> — {a.deadline}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
