import type { TextRange } from "@kehoach/core";
import type { ReactNode } from "react";
import { asOfQuery, useApp } from "../AppContext";
import type { ActivityDetailAnswer } from "../api/types";
import { useApi } from "../api/useApi";
import { ActionForm } from "../components/ActionForm";
import { ErrorNote } from "../components/ErrorNote";
import { ProgressBar } from "../components/ProgressBar";
import { StatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { Link } from "../router";

/** The title with its bold spans as `<strong>` (text only: React escapes every string). */
function Emphasised({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > text.length || r.end <= r.start) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<strong key={r.start}>{text.slice(r.start, r.end)}</strong>);
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function Units({ units }: { units: readonly { name: string; source: string; requested: boolean }[] }) {
  const { t } = useI18n();
  if (units.length === 0) return <span className="muted">{t("detail.none")}</span>;
  return (
    <ul className="unit-list">
      {units.map((u) => (
        <li key={`${u.source}|${u.name}`} title={u.source}>
          {u.name}
          {u.requested ? <em className="requested"> ({t("requested")})</em> : null}
        </li>
      ))}
    </ul>
  );
}

/** What an event carries, as text: a reason, a note, results per level, a percent, a decision. */
function EventDetails({ payload }: { payload: Record<string, unknown> }) {
  const { t } = useI18n();
  const parts: string[] = [];
  if (typeof payload.reason === "string") parts.push(payload.reason);
  if (typeof payload.note === "string") parts.push(payload.note);
  if (typeof payload.percent === "number") parts.push(`${payload.percent}%`);
  const results = payload.results;
  if (results && typeof results === "object") {
    for (const level of ["district", "ward", "city"] as const) {
      const r = (results as Record<string, { text?: unknown } | undefined>)[level];
      if (r && typeof r.text === "string") parts.push(`${t(`detail.level.${level}`)}: ${r.text}`);
    }
  }
  const decision = payload.decision as { text?: unknown } | undefined;
  if (decision && typeof decision.text === "string") parts.push(decision.text);
  if (typeof payload.deadline === "string") parts.push(`${t("detail.deadline")}: ${payload.deadline}`);
  return parts.length > 0 ? <q>{parts.join(" · ")}</q> : null;
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
  const levels = (["district", "ward", "city"] as const).filter((l) => activity.expected[l]);
  const leadName = activity.leads[0]?.name ?? "";
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
      <dl className="facts">
        {activity.references.length > 0 ? (
          <>
            <dt>{t("detail.references")}</dt>
            <dd>
              <ul>
                {activity.references.map((r) => (
                  <li key={r.text}>{r.text}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t("detail.leads")}</dt>
        <dd>
          <Units units={activity.leads} />
        </dd>
        <dt>{t("detail.coordinators")}</dt>
        <dd>
          <Units units={activity.coordinators} />
        </dd>
        <dt>{t("detail.time")}</dt>
        <dd>
          {activity.time.text || "—"}
          {activity.time.period && (activity.time.period.start || activity.time.period.end) ? (
            <span className="muted">
              {" "}
              · {t("detail.timeParsed")}: {activity.time.period.start ?? "…"} →{" "}
              {activity.time.period.end ?? "…"}
              {activity.time.period.peak
                ? ` (${activity.time.period.peak.start} → ${activity.time.period.peak.end})`
                : ""}
            </span>
          ) : null}
        </dd>
        {levels.length > 0 ? (
          <>
            <dt>{t("detail.expected")}</dt>
            <dd>
              {levels.map((l) => (
                <div key={l} className="expected">
                  <h3>{t(`detail.level.${l}` as MessageKey)}</h3>
                  <ul>
                    {(activity.expected[l]?.items ?? []).map((item) => (
                      <li key={`${item.marker ?? ""}|${item.text}`}>
                        {item.marker ? `${item.marker} ` : ""}
                        {item.text}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </dd>
          </>
        ) : null}
        {activity.targets.length > 0 ? (
          <>
            <dt>{t("detail.targets")}</dt>
            <dd>
              <ul>
                {activity.targets.map((tg, index) => (
                  <li key={`${tg.level}|${tg.span.start}|${tg.noun}`}>
                    {tg.quantity} {tg.noun} — {t("detail.achieved")}:{" "}
                    {state?.context.achieved[String(index)] ?? 0}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {state && state.wardParts.length > 0 ? (
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
      ) : null}
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
                key={`${a.type}-${a.ward ?? ""}-${events.length}`}
                planId={app.planId}
                activityId={activity.id}
                action={a}
                defaults={a.type === "REWARD" ? { recipient: leadName } : undefined}
                onDone={() => {
                  app.changed();
                  reload();
                }}
              />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t("detail.timeline")}</h2>
        {events.length === 0 ? (
          <p className="muted">{t("detail.noEvents")}</p>
        ) : (
          <ol className="timeline" data-testid="timeline">
            {events.map((e) => (
              <li key={e.event.id} data-type={e.event.type}>
                <time dateTime={e.event.at}>{e.event.at.slice(0, 16).replace("T", " ")}</time>{" "}
                <strong>{t(`action.${e.event.type}` as MessageKey)}</strong>
                {e.event.ward ? ` — ${t("action.forWard", { ward: e.event.ward })}` : ""} ·{" "}
                {e.event.by.person ?? ""} ({e.event.by.unit})
                <EventDetails payload={e.event.payload} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
