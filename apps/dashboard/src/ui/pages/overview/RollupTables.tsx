import type { StatusAnswer } from "../../api/types";
import { ProgressBar } from "../../components/ProgressBar";
import { useI18n } from "../../i18n/I18nProvider";
import { Link } from "../../router";

/** Progress by group of activities (a section, or a table without sections). */
export function GroupsPanel({ groups }: { groups: StatusAnswer["groups"] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sections-h" className="panel">
      <h2 id="sections-h">{t("overview.bySection")}</h2>
      <table data-testid="groups">
        <thead>
          <tr>
            <th scope="col">{t("col.group")}</th>
            <th scope="col">{t("col.activities")}</th>
            <th scope="col">{t("col.progress")}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id} data-group={g.id}>
              <td className="group-title">
                {g.id.startsWith("table-") ? (
                  <span title={g.title}>{g.title}</span>
                ) : (
                  <Link to={`/hoat-dong/${encodeURIComponent(g.id)}`}>
                    <span title={g.title}>
                      {g.code} {g.title}
                    </span>
                  </Link>
                )}
              </td>
              <td>{g.activities}</td>
              <td>
                <ProgressBar value={g.progress} label={`${g.code} ${g.title}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Progress by lead unit. */
export function LeadsPanel({ byLead }: { byLead: StatusAnswer["byLead"] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="leads-h" className="panel">
      <h2 id="leads-h">{t("overview.byLead")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("col.unit")}</th>
            <th scope="col">{t("col.activities")}</th>
            <th scope="col">{t("col.progress")}</th>
          </tr>
        </thead>
        <tbody>
          {byLead.map((u) => (
            <tr key={u.unit}>
              <td>{u.name}</td>
              <td>{u.activities}</td>
              <td>
                <ProgressBar value={u.progress} label={u.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
