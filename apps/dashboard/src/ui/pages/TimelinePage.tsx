import { Fragment, useState } from "react";
import { asOfQuery, useApp } from "../AppContext";
import type { ActivityList, PlanSummary, StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";
import { GanttRow } from "./timeline/GanttRow";
import { ganttScale } from "./timeline/ganttScale";
import { type GroupBy, groupRows } from "./timeline/groupRows";

/** The activity list, the status (for the anniversary) and the plan (for table titles) the Gantt needs. */
function useTimelineData() {
  const app = useApp();
  const base = `/api/plans/${encodeURIComponent(app.planId)}`;
  const list = useApi<ActivityList>(`${base}/activities${asOfQuery(app)}`);
  const status = useApi<StatusAnswer>(`${base}/status${asOfQuery(app)}&activities=false`);
  const plan = useApi<PlanSummary>(base);
  const error = list.error ?? status.error ?? plan.error;
  const data =
    list.data && status.data && plan.data ? { list: list.data, status: status.data, plan: plan.data } : null;
  return { data, error, reload: list.reload };
}

/** Tiến độ: a Gantt-style timeline by month, peaks shaded, deadlines marked, lines at today and the anniversary. */
export function TimelinePage() {
  const [groupBy, setGroupBy] = useState<GroupBy>("section");
  const { t } = useI18n();
  const { data, error, reload } = useTimelineData();
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{t("loading")}</p>;
  const { asOf, activities: rows } = data.list;
  const tables = data.plan.tables;
  const scale = ganttScale(rows, asOf);
  const tableTitle = (n: number) =>
    tables.find((x) => x.index === n)?.title || t("timeline.table", { n: n + 1 });
  const groups = groupRows(rows, groupBy, tableTitle);
  const anniversary = data.status.anniversary?.on;
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
                {scale.months.map((m) => (
                  <span key={m} className="month" style={{ width: `${100 / scale.months.length}%` }}>
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
              {g.rows.map((r) => (
                <GanttRow
                  key={r.id}
                  row={r}
                  scale={scale}
                  asOf={asOf}
                  {...(anniversary ? { anniversary } : {})}
                />
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
