import { useVirtualizer } from "@tanstack/react-virtual";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import { filterActivityRows } from "../../shared/filterActivityRows";
import { asOfQuery, useApp } from "../AppContext";
import type { ActivityList, ActivityRow, StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { ProgressBar } from "../components/ProgressBar";
import { StatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { Link } from "../router";

type SortKey = "plan" | "deadline" | "status" | "progress";

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
  const { t, pick } = useI18n();
  const initial = useMemo(() => new URLSearchParams(location.search), []);
  const [q, setQ] = useState(initial.get("q") ?? "");
  const [status, setStatus] = useState(initial.get("status") ?? "");
  const [klass, setKlass] = useState(initial.get("class") ?? "");
  const [lead, setLead] = useState(initial.get("lead") ?? "");
  const [ward, setWard] = useState(initial.get("ward") ?? "");
  const [month, setMonth] = useState(initial.get("month") ?? "");
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "plan", desc: false });
  const base = `/api/plans/${encodeURIComponent(app.planId)}`;
  const list = useApi<ActivityList>(`${base}/activities${asOfQuery(app)}`);
  const status0 = useApi<StatusAnswer>(
    `${base}/status?activities=false${app.asOf ? `&asOf=${app.asOf}` : ""}`,
  );
  const filter = useDeferredValue({ q, status, klass, lead, ward, month });
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
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const months = status0.data?.byMonth.map((m) => m.month) ?? [];
  const header = (key: SortKey, label: MessageKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button
        type="button"
        className="sort"
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : false }))}
      >
        {t(label)}
      </button>
    </th>
  );
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
            {app.statuses.map((s) => (
              <option key={s} value={s}>
                {pick(app.statusLabel(s))}
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
            {t("activities.count", {
              count: rows.filter((r) => !r.isSection).length,
              total: list.data.activities.filter((r) => !r.isSection).length,
            })}
          </p>
          {rows.length === 0 ? (
            <p>{t("activities.empty")}</p>
          ) : (
            <div className="table-wrap" ref={scroller}>
              <table className="activity-table" data-testid="activity-table" aria-rowcount={rows.length + 1}>
                <thead>
                  <tr>
                    {header("plan", "col.code")}
                    <th scope="col">{t("col.title")}</th>
                    <th scope="col">{t("col.leads")}</th>
                    <th scope="col">{t("col.time")}</th>
                    {header("deadline", "col.deadline")}
                    {header("status", "col.status")}
                    {header("progress", "col.progress")}
                  </tr>
                </thead>
                <tbody>
                  {padTop > 0 ? (
                    <tr className="pad-row">
                      <td colSpan={7} className="pad" style={{ height: `${padTop}px` }} />
                    </tr>
                  ) : null}
                  {items.map((item) => {
                    const a = rows[item.index];
                    if (!a) return null;
                    return (
                      <tr
                        key={a.id}
                        ref={virtual.measureElement}
                        data-index={item.index}
                        aria-rowindex={item.index + 2}
                        className={a.isSection ? "section-row" : undefined}
                        data-activity={a.id}
                      >
                        <td>{a.code}</td>
                        <td>
                          <Link to={`/hoat-dong/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                        </td>
                        <td>
                          {a.leads.map((u) => (
                            <span key={`${u.id}|${u.name}`} className="unit">
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
                    );
                  })}
                  {padBottom > 0 ? (
                    <tr className="pad-row">
                      <td colSpan={7} className="pad" style={{ height: `${padBottom}px` }} />
                    </tr>
                  ) : null}
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
