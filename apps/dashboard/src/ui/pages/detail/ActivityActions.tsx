import type { Activity } from "@kehoach/core";
import { useApp } from "../../AppContext";
import type { ActivityDetailAnswer } from "../../api/types";
import { ActionForm } from "../../components/ActionForm";
import { useI18n } from "../../i18n/I18nProvider";

/** What the signed-in user may do now on the activity, one form per allowed action. */
export function ActivityActions(props: {
  activity: Activity;
  actions: ActivityDetailAnswer["actions"];
  eventCount: number;
  onDone(): void;
}) {
  const app = useApp();
  const { t } = useI18n();
  const { activity, actions } = props;
  const leadName = activity.leads[0]?.name ?? "";
  return (
    <section aria-labelledby="actions-h">
      <h2 id="actions-h">{t("detail.actions")}</h2>
      {app.asOf ? (
        <p className="muted">{t("detail.pastAsOf")}</p>
      ) : !app.me.account ? (
        <p className="muted">{t("detail.signInToAct")}</p>
      ) : actions.length === 0 ? (
        <p className="muted">{t("detail.noActions")}</p>
      ) : (
        <div className="actions">
          {actions.map((a) => (
            <ActionForm
              key={`${a.type}-${a.ward ?? ""}-${props.eventCount}`}
              planId={app.planId}
              activityId={activity.id}
              action={a}
              defaults={a.type === "REWARD" ? { recipient: leadName } : undefined}
              onDone={props.onDone}
            />
          ))}
        </div>
      )}
    </section>
  );
}
