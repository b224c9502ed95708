import type { VirtualItem } from "@tanstack/react-virtual";
import type { ActivityRow } from "../api/types";
import { ProgressBar } from "../components/ProgressBar";
import { StatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

/** Props of {@link ActivityTableRow}. */
export interface ActivityTableRowProps {
  a: ActivityRow;
  item: VirtualItem;
  /** The virtualiser's measuring ref. */
  measure: (element: Element | null) => void;
}

/** One activity of the virtualised table: code, linked title, leads, time, deadline, status, progress. */
export function ActivityTableRow({ a, item, measure }: ActivityTableRowProps) {
  const { t } = useI18n();
  return (
    <tr
      key={a.id}
      ref={measure}
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
      <td>{a.isSection ? t("section") : <StatusBadge status={a.status} overdue={a.overdue} />}</td>
      <td>
        <ProgressBar value={a.progress} label={a.code} />
      </td>
    </tr>
  );
}
