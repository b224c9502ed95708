import { asOfQuery, useApp } from "../AppContext";
import type { StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { ProgressBar } from "../components/ProgressBar";
import { useI18n } from "../i18n/I18nProvider";

/** Phường: each ward's parts, how many are reported, and a heat cell per activity with ward parts. */
export function WardsPage() {
  const app = useApp();
  const { t, pick } = useI18n();
  const { data, error, reload } = useApi<StatusAnswer>(
    `/api/plans/${encodeURIComponent(app.planId)}/status${asOfQuery(app)}`,
  );
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{t("loading")}</p>;
  const withParts = data.activities.filter((a) => a.wardParts.length > 0);
  return (
    <div className="page">
      <h1>{t("wards.title")}</h1>
      <div className="table-wrap">
        <table className="matrix heatmap">
          <thead>
            <tr>
              <th scope="col">{t("col.ward")}</th>
              <th scope="col">{t("col.parts")}</th>
              <th scope="col">{pick(app.statusLabel("reported"))}</th>
              <th scope="col">{t("col.coordinating")}</th>
              {withParts.map((a) => (
                <th scope="col" key={a.id}>
                  {a.code}
                </th>
              ))}
              <th scope="col">{t("col.progress")}</th>
            </tr>
          </thead>
          <tbody>
            {data.byWard.map((w) => (
              <tr key={w.ward}>
                <th scope="row">{w.name}</th>
                <td>{w.parts}</td>
                <td>{w.reported}</td>
                <td>{w.coordinating}</td>
                {withParts.map((a) => {
                  const part = a.wardParts.find((p) => p.ward === w.ward);
                  return (
                    <td key={a.id} className={part ? `cell heat-${part.status}` : "cell"}>
                      {part ? pick(app.statusLabel(part.status)) : ""}
                    </td>
                  );
                })}
                <td>
                  <ProgressBar value={w.progress} label={w.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
