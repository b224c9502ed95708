import type { Activity, ActivityState } from "@kehoach/core";
import { StatusBadge } from "../../components/StatusBadge";
import { useI18n } from "../../i18n/I18nProvider";

/** The state of each ward's part of the activity. */
export function WardPartsTable({ activity, state }: { activity: Activity; state: ActivityState }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="wards-h">
      <h2 id="wards-h">{t("detail.wardParts")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("col.ward")}</th>
            <th scope="col">{t("col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {state.wardParts.map((p) => (
            <tr key={p.ward} data-ward={p.ward}>
              <td>{activity.wardAssignments.find((w) => w.ward === p.ward)?.source ?? p.ward}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
