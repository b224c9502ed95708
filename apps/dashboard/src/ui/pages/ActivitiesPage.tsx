import { useEffect, useMemo, useState } from "react";
import { useApp } from "../AppContext";
import type { ActivityList, StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { ProgressBar } from "../components/ProgressBar";
import { StatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { Link } from "../router";

const statuses = ["planned", "inProgress", "reported", "rewarded", "cancelled"];

/** Hoạt động: the activity table with accent-insensitive search and filters (status, class, lead, ward, month). */
export function ActivitiesPage() {
  const app = useApp();
  const { t, pick } = useI18n();
  const initial = useMemo(() => new URLSearchParams(location.search), []);
  const [q, setQ] = useState(initial.get("q") ?? "");
  const [debounced, setDebounced] = useState(q);
  const [status, setStatus] = useState(initial.get("status") ?? "");
  const [klass, setKlass] = useState(initial.get("class") ?? "");
  const [lead, setLead] = useState(initial.get("lead") ?? "");
  const [ward, setWard] = useState(initial.get("ward") ?? "");
  const [month, setMonth] = useState(initial.get("month") ?? "");
  useEffect(() => {
    const id = setTimeout(() => setDebounced(q), 150);
    return () => clearTimeout(id);
  }, [q]);
  const base = `/api/plans/${encodeURIComponent(app.planId)}`;
  const params = useMemo(() => {
    const p = new URLSearchParams();
    if (app.asOf) p.set("asOf", app.asOf);
    if (debounced.trim()) p.set("q", debounced.trim());
    if (status) p.set("status", status);
    if (klass) p.set("class", klass);
    if (lead) p.set("lead", lead);
    if (ward) p.set("ward", ward);
    if (month) p.set("month", month);
    p.set("v", String(app.version));
    return p.toString();
  }, [app.asOf, app.version, debounced, status, klass, lead, ward, month]);
  const list = useApi<ActivityList>(`${base}/activities?${params}`);
  const status0 = useApi<StatusAnswer>(`${base}/status${app.asOf ? `?asOf=${app.asOf}` : ""}`);
  const months = status0.data?.byMonth.map((m) => m.month) ?? [];
  return (
    <div className="page activities">
      <h1>{t("nav.activities")}</h1>
      <form className="filters" aria-label={t("activities.search")} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("activities.search")}
          <input
            type="search"
            name="q"
            value={q}
            placeholder={t("activities.searchHint")}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label>
          {t("activities.status")}
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t("activities.all")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("activities.class")}
          <select name="class" value={klass} onChange={(e) => setKlass(e.target.value)}>
            <option value="">{t("activities.all")}</option>
            {Object.entries(status0.data?.classLabels ?? {}).map(([k, v]) => (
              <option key={k} value={k}>
                {pick(v)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("activities.lead")}
          <select name="lead" value={lead} onChange={(e) => setLead(e.target.value)}>
            <option value="">{t("activities.all")}</option>
            {(status0.data?.byLead ?? []).map((u) => (
              <option key={u.unit} value={u.unit}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("activities.ward")}
          <select name="ward" value={ward} onChange={(e) => setWard(e.target.value)}>
            <option value="">{t("activities.all")}</option>
            {(status0.data?.byWard ?? []).map((w) => (
              <option key={w.ward} value={w.ward}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("activities.month")}
          <select name="month" value={month} onChange={(e) => setMonth(e.target.value)}>
            <option value="">{t("activities.all")}</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      </form>
      {list.error ? <ErrorNote error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          <p className="muted" aria-live="polite" data-testid="activity-count">
            {t("activities.count", { count: list.data.count, total: list.data.total })}
          </p>
          {list.data.count === 0 ? (
            <p>{t("activities.empty")}</p>
          ) : (
            <div className="table-wrap">
              <table className="activity-table" data-testid="activity-table">
                <thead>
                  <tr>
                    <th scope="col">{t("col.code")}</th>
                    <th scope="col">{t("col.title")}</th>
                    <th scope="col">{t("col.leads")}</th>
                    <th scope="col">{t("col.time")}</th>
                    <th scope="col">{t("col.deadline")}</th>
                    <th scope="col">{t("col.status")}</th>
                    <th scope="col">{t("col.progress")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.activities.map((a) => (
                    <tr key={a.id} className={a.isSection ? "section-row" : undefined} data-activity={a.id}>
                      <td>{a.code}</td>
                      <td>
                        <Link to={`/hoat-dong/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                      </td>
                      <td>
                        {a.leads.map((u) => (
                          <span key={`${u.id}-${u.source}`} className="unit">
                            {u.name}
                            {u.requested ? <em className="requested"> ({t("requested")})</em> : null}
                          </span>
                        ))}
                      </td>
                      <td>{a.time}</td>
                      <td>{a.deadline ?? "—"}</td>
                      <td>
                        {a.isSection ? t("section") : <StatusBadge status={a.status} overdue={a.overdue} />}
                      </td>
                      <td>
                        <ProgressBar value={a.progress} label={a.code} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : list.loading ? (
        <p>{t("loading")}</p>
      ) : null}
    </div>
  );
}
