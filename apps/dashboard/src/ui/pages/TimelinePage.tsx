import { Fragment, useState } from "react";
import { asOfQuery, useApp } from "../AppContext";
import type { ActivityList, PlanSummary, StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { StatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

type GroupBy = "none" | "section" | "lead";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Tiến độ: a Gantt-style timeline by month, peaks shaded, deadlines marked, lines at today and the anniversary. */
export function TimelinePage() {
  const app = useApp();
  const [groupBy, setGroupBy] = useState<GroupBy>("section");
  const { t } = useI18n();
  const base = `/api/plans/${encodeURIComponent(app.planId)}`;
  const list = useApi<ActivityList>(`${base}/activities${asOfQuery(app)}`);
  const status = useApi<StatusAnswer>(`${base}/status${asOfQuery(app)}&activities=false`);
  const plan = useApi<PlanSummary>(base);
  const error = list.error ?? status.error ?? plan.error;
  if (error) return <ErrorNote error={error} onRetry={list.reload} />;
  if (!list.data || !status.data || !plan.data) return <p>{t("loading")}</p>;
  const tables = plan.data.tables;
  const rows = list.data.activities;
  const dated = rows.filter((r) => r.start || r.end);
  const years = dated.flatMap((r) => [r.start, r.end]).filter((d): d is string => d !== null);
  const sorted = [...years].sort();
  const first = sorted[0] ?? `${list.data.asOf.slice(0, 4)}-01-01`;
  const last = sorted[sorted.length - 1] ?? `${list.data.asOf.slice(0, 4)}-12-31`;
  const from = day(`${first.slice(0, 7)}-01`);
  const lastMonth = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 1));
  const to = lastMonth.getTime() / 86_400_000;
  const span = Math.max(1, to - from);
  const pos = (iso: string) => Math.min(100, Math.max(0, ((day(iso) - from) / span) * 100));
  const months: string[] = [];
  for (
    let d = new Date(from * 86_400_000);
    d.getTime() / 86_400_000 < to;
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    months.push(d.toISOString().slice(0, 7));
  }
  const marker = (iso: string | undefined, cls: string, label: string) =>
    iso && day(iso) >= from && day(iso) <= to ? (
      <span className={`marker ${cls}`} style={{ left: `${pos(iso)}%` }} title={`${label} ${iso}`} />
    ) : null;
  const leaves = rows.filter((r) => !r.isSection);
  const groups: { key: string; label: string | null; rows: typeof leaves }[] = [];
  const groupOf = (key: string, label: string) => {
    let g = groups.find((x) => x.key === key);
    if (!g) {
      g = { key, label, rows: [] };
      groups.push(g);
    }
    return g;
  };
  if (groupBy === "none") groups.push({ key: "all", label: null, rows: leaves });
  else {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const withSections = new Set(rows.filter((r) => r.isSection).map((r) => r.table));
    for (const r of leaves) {
      if (groupBy === "section") {
        const parent = r.parent ? byId.get(r.parent) : undefined;
        if (parent) groupOf(parent.id, `${parent.code} ${parent.title}`).rows.push(r);
        // A top-level activity of a table with sections is its own group ("1"); a table without
        // sections (table 2) is one group, named by its title.
        else if (withSections.has(r.table)) groupOf(r.id, `${r.code} ${r.title}`).rows.push(r);
        else {
          const title =
            tables.find((x) => x.index === r.table)?.title || t("timeline.table", { n: r.table + 1 });
          groupOf(`table-${r.table}`, title).rows.push(r);
        }
      } else {
        const lead = r.leads[0];
        groupOf(lead?.id ?? lead?.name ?? "—", lead?.name ?? "—").rows.push(r);
      }
    }
  }
  const asOf = list.data.asOf;
  const anniversary = status.data.anniversary?.on;
  return (
    <div className="page timeline-page">
      <h1>{t("timeline.title")}</h1>
      <label className="group-by">
        {t("timeline.groupBy")}{" "}
        <select name="groupBy" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
          <option value="none">{t("timeline.groupNone")}</option>
          <option value="section">{t("timeline.groupSection")}</option>
          <option value="lead">{t("timeline.groupLead")}</option>
        </select>
      </label>
      <p className="legend muted">
        <span className="marker-key today" /> {t("timeline.today")} ({asOf}) ·{" "}
        <span className="marker-key anniversary" /> {t("timeline.anniversary")} {anniversary ?? ""}
      </p>
      <table className="gantt" aria-label={t("timeline.title")}>
        <thead>
          <tr>
            <th scope="col" className="gantt-label">
              {t("col.title")}
            </th>
            <th scope="col">
              <div className="gantt-track months">
                {months.map((m) => (
                  <span key={m} className="month" style={{ width: `${100 / months.length}%` }}>
                    {m.slice(5)}/{m.slice(2, 4)}
                  </span>
                ))}
              </div>
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.key}>
              {g.label === null ? null : (
                <tr key={`group-${g.key}`} className="group-row">
                  <th scope="colgroup" colSpan={2}>
                    {g.label}
                  </th>
                </tr>
              )}
              {g.rows.map((r) => {
                const period = r.start || r.end ? { start: r.start ?? r.end!, end: r.end ?? r.start! } : null;
                return (
                  <tr key={r.id} data-activity={r.id}>
                    <th scope="row" className="gantt-label">
                      <Link to={`/hoat-dong/${encodeURIComponent(r.id)}`}>
                        <span className="gantt-code">{r.code}</span>{" "}
                        <span className="gantt-title" title={r.title}>
                          {r.title}
                        </span>
                      </Link>{" "}
                      <StatusBadge status={r.status} overdue={r.overdue} />
                    </th>
                    <td className="gantt-cell">
                      <div className="gantt-track" title={r.time}>
                        {period ? (
                          <span
                            className={`bar status-${r.status}`}
                            style={{
                              left: `${pos(period.start)}%`,
                              width: `${Math.max(0.6, pos(period.end) - pos(period.start))}%`,
                            }}
                          />
                        ) : (
                          <span className="muted no-dates">{t("timeline.noDates")}</span>
                        )}
                        {r.peak ? (
                          <span
                            className="peak"
                            style={{
                              left: `${pos(r.peak.start)}%`,
                              width: `${Math.max(0.6, pos(r.peak.end) - pos(r.peak.start))}%`,
                            }}
                            title={`${r.peak.start} → ${r.peak.end}`}
                          />
                        ) : null}
                        {marker(r.deadline ?? undefined, "deadline", t("col.deadline"))}
                        {marker(asOf, "today", t("timeline.today"))}
                        {marker(anniversary, "anniversary", t("timeline.anniversary"))}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
