import { asOfQuery, useApp } from "../AppContext";
import type { ActivityDetailAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { ProgressBar } from "../components/ProgressBar";
import { StatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";
import { ActivityActions } from "./detail/ActivityActions";
import { ActivityFacts, Emphasised } from "./detail/ActivityFacts";
import { EventTimeline } from "./detail/EventTimeline";
import { WardPartsTable } from "./detail/WardPartsTable";

/** The status badge, the progress bar and the deadline (with the original one when it moved). */
function StatusLine({ state, status }: Pick<ActivityDetailAnswer, "state" | "status">) {
  const { t } = useI18n();
  return (
    <p className="status-line">
      {state ? <StatusBadge status={state.status} overdue={status?.overdue} /> : null}{" "}
      <ProgressBar value={status?.progress ?? null} label={t("col.progress")} />
      {status?.deadline ? (
        <span>
          {" "}
          · {t("detail.deadline")}: {status.deadline}
          {status.originalDeadline && status.originalDeadline !== status.deadline
            ? ` (${status.originalDeadline})`
            : ""}
        </span>
      ) : null}
    </p>
  );
}

/** Chi tiết hoạt động: the activity as planned, its state, ward parts, timeline and the user's actions. */
export function ActivityDetailPage({ id }: { id: string }) {
  const app = useApp();
  const { t } = useI18n();
  const { data, error, loading, reload } = useApi<ActivityDetailAnswer>(
    `/api/plans/${encodeURIComponent(app.planId)}/activities/${encodeURIComponent(id)}${asOfQuery(app)}`,
  );
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{loading ? t("loading") : ""}</p>;
  const { activity, state, status, events, actions } = data;
  return (
    <div className="page detail">
      <p>
        <Link to="/hoat-dong">{t("detail.back")}</Link>
      </p>
      <h1>
        <span className="code">{activity.code}</span>{" "}
        <span data-testid="activity-title">
          <Emphasised text={activity.title} ranges={activity.emphasis} />
        </span>
      </h1>
      <StatusLine state={state} status={status} />
      <ActivityFacts activity={activity} state={state} />
      {state && state.wardParts.length > 0 ? <WardPartsTable activity={activity} state={state} /> : null}
      <ActivityActions
        activity={activity}
        actions={actions}
        eventCount={events.length}
        onDone={() => {
          app.changed();
          reload();
        }}
      />
      <EventTimeline events={events} />
    </div>
  );
}
