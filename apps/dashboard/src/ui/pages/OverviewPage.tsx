import { asOfQuery, useApp } from "../AppContext";
import type { StatusAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";
import { ClassesPanel } from "./overview/ClassesPanel";
import { ProgressPanel } from "./overview/ProgressPanel";
import { GroupsPanel, LeadsPanel } from "./overview/RollupTables";

/** The activities due soon, with their deadlines. */
function DuePanel({ due }: { due: StatusAnswer["dueWithin"]["activities"] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="due-h" className="panel">
      <h2 id="due-h">{t("overview.due")}</h2>
      {due.length === 0 ? (
        <p className="muted">{t("overview.noneDue")}</p>
      ) : (
        <ul>
          {due.map((a) => (
            <li key={a.id}>
              <Link to={`/hoat-dong/${encodeURIComponent(a.id)}`}>{a.code}</Link> — {a.deadline}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Tổng quan: plan progress, classification cards and chart, progress by section and lead, due soon, countdown. */
export function OverviewPage() {
  const app = useApp();
  const { t } = useI18n();
  const { data, error, loading, reload } = useApi<StatusAnswer>(
    `/api/plans/${encodeURIComponent(app.planId)}/status${asOfQuery(app)}&activities=false`,
  );
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data) return <p>{loading ? t("loading") : ""}</p>;
  return (
    <div className="page overview">
      <h1>{t("nav.overview")}</h1>
      <ProgressPanel data={data} />
      <ClassesPanel data={data} />
      <div className="columns">
        <GroupsPanel groups={data.groups} />
        <LeadsPanel byLead={data.byLead} />
      </div>
      <DuePanel due={data.dueWithin.activities} />
    </div>
  );
}
