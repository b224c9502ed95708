import type { ActivityRow } from "../../api/types";
import { StatusBadge } from "../../components/StatusBadge";
import { useI18n } from "../../i18n/I18nProvider";
import { Link } from "../../router";
import type { GanttScale } from "./ganttScale";

/** One activity of the Gantt: its code, title and status, its bar, peak and deadline, and the day lines. */
export function GanttRow(props: { row: ActivityRow; scale: GanttScale; asOf: string; anniversary?: string }) {
  const { t } = useI18n();
  const { row: r, scale } = props;
  const { pos } = scale;
  const marker = (iso: string | undefined, cls: string, label: string) =>
    iso && scale.inside(iso) ? (
      <span className={`marker ${cls}`} style={{ left: `${pos(iso)}%` }} title={`${label} ${iso}`} />
    ) : null;
  const start = r.start ?? r.end;
  const end = r.end ?? r.start;
  return (
    <tr data-activity={r.id}>
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
          {start && end ? (
            <span
              className={`bar status-${r.status}`}
              style={{ left: `${pos(start)}%`, width: `${Math.max(0.6, pos(end) - pos(start))}%` }}
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
          {marker(props.asOf, "today", t("timeline.today"))}
          {marker(props.anniversary, "anniversary", t("timeline.anniversary"))}
        </div>
      </td>
    </tr>
  );
}
