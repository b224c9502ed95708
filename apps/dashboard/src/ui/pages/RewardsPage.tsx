import { asOfQuery, useApp } from "../AppContext";
import type { RewardsAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

/** Khen thưởng: every reward as of the date, with its decision, form and recipients. */
export function RewardsPage() {
  const app = useApp();
  const { t } = useI18n();
  const { data, error, reload } = useApi<RewardsAnswer>(
    `/api/plans/${encodeURIComponent(app.planId)}/rewards${asOfQuery(app)}`,
  );
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{t("loading")}</p>;
  return (
    <div className="page">
      <h1>{t("rewards.title")}</h1>
      {data.rewards.length === 0 ? (
        <p className="muted">{t("rewards.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("col.code")}</th>
              <th scope="col">{t("col.title")}</th>
              <th scope="col">{t("col.decision")}</th>
              <th scope="col">{t("col.form")}</th>
              <th scope="col">{t("col.recipients")}</th>
            </tr>
          </thead>
          <tbody>
            {data.rewards.map((r) => (
              <tr key={r.activity}>
                <td>{r.code}</td>
                <td>
                  <Link to={`/hoat-dong/${encodeURIComponent(r.activity)}`}>{r.title}</Link>
                </td>
                <td>{r.reward.decision.text}</td>
                <td>{r.reward.form}</td>
                <td>{r.reward.recipients.map((p) => p.name).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
