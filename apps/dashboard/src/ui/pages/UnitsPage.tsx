import { asOfQuery, useApp } from "../AppContext";
import type { StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { ProgressBar } from "../components/ProgressBar";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

/** Đơn vị: each lead unit's workload and its activities by class (a status matrix). */
export function UnitsPage() {
  const app = useApp();
  const { t, pick } = useI18n();
  const { data, error, reload } = useApi<StatusAnswer>(
    `/api/plans/${encodeURIComponent(app.planId)}/status${asOfQuery(app)}&activities=false`,
  );
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{t("loading")}</p>;
  const classes = Object.keys(data.classes);
  return (
    <div className="page">
      <h1>{t("units.title")}</h1>
      <div className="table-wrap">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">{t("col.unit")}</th>
              <th scope="col">{t("col.activities")}</th>
              {classes.map((c) => (
                <th scope="col" key={c}>
                  {data.classLabels[c] ? pick(data.classLabels[c]) : c}
                </th>
              ))}
              <th scope="col">{t("col.progress")}</th>
            </tr>
          </thead>
          <tbody>
            {data.byLead.map((u) => (
              <tr key={u.unit}>
                <th scope="row">
                  <Link to={`/hoat-dong?lead=${encodeURIComponent(u.unit)}`}>{u.name}</Link>
                </th>
                <td>{u.activities}</td>
                {classes.map((c) => (
                  <td key={c} className={u.classes[c as keyof typeof u.classes] ? `cell class-${c}` : "cell"}>
                    {u.classes[c as keyof typeof u.classes] || ""}
                  </td>
                ))}
                <td>
                  <ProgressBar value={u.progress} label={u.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
