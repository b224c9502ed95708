import { useApp } from "../AppContext";
import type { AuditAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ComparePanel } from "../components/ComparePanel";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";

/** Nhật ký: the latest events of the hash-chained log and whether the chain holds. */
export function AuditPage() {
  const app = useApp();
  const { t, pick } = useI18n();
  const { data, error, reload } = useApi<AuditAnswer>(`/api/audit?v=${app.version}`);
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{t("loading")}</p>;
  return (
    <div className="page">
      <h1>{t("audit.title")}</h1>
      <p className={data.verify.ok ? "notice ok" : "error"} role="status" data-testid="integrity">
        {data.verify.ok
          ? t("audit.ok", { n: data.verify.checked })
          : t("audit.broken", { n: data.verify.breaks.length })}
      </p>
      {data.verify.diagnostics.length > 0 ? (
        <ul>
          {data.verify.diagnostics.map((d) => (
            <li key={`${d.code}|${d.en}`}>{pick(d)}</li>
          ))}
        </ul>
      ) : null}
      <ComparePanel />
      {data.events.length === 0 ? (
        <p className="muted">{t("audit.empty")}</p>
      ) : (
        <table data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t("col.position")}</th>
              <th scope="col">{t("col.when")}</th>
              <th scope="col">{t("col.event")}</th>
              <th scope="col">{t("col.code")}</th>
              <th scope="col">{t("col.by")}</th>
            </tr>
          </thead>
          <tbody>
            {data.events.map((e) => (
              <tr key={e.position}>
                <td>{e.position}</td>
                <td>
                  <time dateTime={e.event.at}>{e.event.at.slice(0, 19).replace("T", " ")}</time>
                </td>
                <td>
                  {t(`action.${e.event.type}` as MessageKey)}
                  {e.event.ward ? ` (${e.event.ward})` : ""}
                </td>
                <td>{e.event.activity}</td>
                <td>
                  {e.event.by.person ?? ""} ({e.event.by.unit})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
