import { useDeferredValue, useMemo, useState } from "react";
import { filterActivityRows } from "../../shared/filterActivityRows";
import { asOfQuery, useApp } from "../AppContext";
import type { ActivityList, ActivityRow, StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";
import { ActivityFilters, type ActivityFilterValues } from "./ActivityFilters";
import { ActivityTable, type SortKey, type SortOrder } from "./ActivityTable";

/** Row comparers; `status` follows the plan's lifecycle order (core's, with its plugin steps). */
function sorters(statuses: readonly string[]): Record<SortKey, (a: ActivityRow, b: ActivityRow) => number> {
  const order = new Map(statuses.map((s, i) => [s, i]));
  return {
    plan: () => 0,
    deadline: (a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999"),
    status: (a, b) => (order.get(a.status) ?? order.size) - (order.get(b.status) ?? order.size),
    progress: (a, b) => (a.progress ?? -1) - (b.progress ?? -1),
  };
}

/**
 * Hoạt động: every activity loaded once, filtered in the browser with the
 * server's own filter function (accent-insensitive search, status, class,
 * lead, ward, month), sortable, and virtualised so thousands of rows stay fast.
 */
export function ActivitiesPage() {
  const app = useApp();
  const { t } = useI18n();
  const initial = useMemo(() => new URLSearchParams(location.search), []);
  const [filters, setFilters] = useState<ActivityFilterValues>(() => ({
    q: initial.get("q") ?? "",
    status: initial.get("status") ?? "",
    klass: initial.get("class") ?? "",
    lead: initial.get("lead") ?? "",
    ward: initial.get("ward") ?? "",
    month: initial.get("month") ?? "",
  }));
  const [sort, setSort] = useState<SortOrder>({ key: "plan", desc: false });
  const base = `/api/plans/${encodeURIComponent(app.planId)}`;
  const list = useApi<ActivityList>(`${base}/activities${asOfQuery(app)}`);
  const status0 = useApi<StatusAnswer>(
    `${base}/status?activities=false${app.asOf ? `&asOf=${app.asOf}` : ""}`,
  );
  const filter = useDeferredValue(filters);
  const rows = useMemo(() => {
    const all = list.data?.activities ?? [];
    const filtered = filterActivityRows(all, {
      ...(filter.q.trim() ? { q: filter.q } : {}),
      ...(filter.status ? { status: [filter.status] } : {}),
      ...(filter.klass ? { class: [filter.klass] } : {}),
      ...(filter.lead ? { lead: filter.lead } : {}),
      ...(filter.ward ? { ward: filter.ward } : {}),
      ...(filter.month ? { month: filter.month } : {}),
    });
    if (sort.key === "plan") return sort.desc ? filtered.reverse() : filtered;
    const sorted = [...filtered].sort(sorters(app.statuses)[sort.key]);
    return sort.desc ? sorted.reverse() : sorted;
  }, [list.data, filter, sort, app.statuses]);
  return (
    <div className="page activities">
      <h1>{t("nav.activities")}</h1>
      <ActivityFilters value={filters} onChange={setFilters} status={status0.data} />
      {list.error ? <ErrorNote error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          <p className="muted" aria-live="polite" data-testid="activity-count">
            {t("activities.count", {
              count: rows.filter((r) => !r.isSection).length,
              total: list.data.activities.filter((r) => !r.isSection).length,
            })}
          </p>
          {rows.length === 0 ? (
            <p>{t("activities.empty")}</p>
          ) : (
            <ActivityTable rows={rows} sort={sort} onSort={setSort} />
          )}
        </>
      ) : list.loading ? (
        <p>{t("loading")}</p>
      ) : null}
    </div>
  );
}
