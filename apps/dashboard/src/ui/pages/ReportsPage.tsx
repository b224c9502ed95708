import { useState } from "react";
import { useApp } from "../AppContext";
import type { StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";

interface Formats {
  formats: { format: string; extension: string; label: { vi: string; en: string } }[];
}

/** Báo cáo: download the plan table or the progress report as of the chosen date, in any format of @kehoach/export. */
export function ReportsPage() {
  const app = useApp();
  const { t, pick } = useI18n();
  const base = `/api/plans/${encodeURIComponent(app.planId)}`;
  const formats = useApi<Formats>(`${base}/exports`);
  const status = useApi<StatusAnswer>(
    `${base}/status?activities=false${app.asOf ? `&asOf=${app.asOf}` : ""}`,
  );
  const [report, setReport] = useState("progress");
  const [format, setFormat] = useState("docx");
  const [unit, setUnit] = useState("");
  if (formats.error) return <ErrorNote error={formats.error} onRetry={formats.reload} />;
  const params = new URLSearchParams({ report, format, asOf: app.asOf ?? app.today });
  if (unit) params.set("unit", unit);
  return (
    <div className="page">
      <h1>{t("nav.reports")}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t("nav.reports")}>
        <label>
          {t("reports.report")}
          <select name="report" value={report} onChange={(e) => setReport(e.target.value)}>
            <option value="plan">{t("reports.plan")}</option>
            <option value="progress">{t("reports.progress")}</option>
          </select>
        </label>
        <label>
          {t("reports.format")}
          <select name="format" value={format} onChange={(e) => setFormat(e.target.value)}>
            {(formats.data?.formats ?? []).map((f) => (
              <option key={f.format} value={f.format}>
                {pick(f.label)} (.{f.extension})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("reports.unit")}
          <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t("activities.all")}</option>
            {(status.data?.byLead ?? [])
              .filter((u) => /^[a-z0-9][a-z0-9-]*$/.test(u.unit))
              .map((u) => (
                <option key={u.unit} value={u.unit}>
                  {u.name}
                </option>
              ))}
          </select>
        </label>
        <a className="button" href={`${base}/export?${params.toString()}`} download data-testid="download">
          {t("reports.download")}
        </a>
      </form>
      <p className="muted">
        {t("asOf")}: {app.asOf ?? app.today}
      </p>
    </div>
  );
}
