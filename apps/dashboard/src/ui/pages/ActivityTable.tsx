import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { ActivityRow } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { ActivityTableRow } from "./ActivityTableRow";

/** The columns the activity table sorts by ("plan" is the plan's own order). */
export type SortKey = "plan" | "deadline" | "status" | "progress";

/** A sort column and direction. */
export interface SortOrder {
  key: SortKey;
  desc: boolean;
}

/** Props of {@link ActivityTable}. */
export interface ActivityTableProps {
  rows: readonly ActivityRow[];
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
}

/** The activities as a virtualised table (thousands of rows stay fast) with sortable column heads. */
export function ActivityTable({ rows, sort, onSort }: ActivityTableProps) {
  const { t } = useI18n();
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
  const header = (key: SortKey, label: MessageKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button
        type="button"
        className="sort"
        onClick={() => onSort({ key, desc: sort.key === key ? !sort.desc : false })}
      >
        {t(label)}
      </button>
    </th>
  );
  return (
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
            return a ? (
              <ActivityTableRow key={a.id} a={a} item={item} measure={virtual.measureElement} />
            ) : null;
          })}
          {padBottom > 0 ? (
            <tr className="pad-row">
              <td colSpan={7} className="pad" style={{ height: `${padBottom}px` }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
