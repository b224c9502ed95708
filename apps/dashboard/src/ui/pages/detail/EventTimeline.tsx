import type { StoredEvent } from "@kehoach/store";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";

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

/** The activity's events in order: when, what, for which ward, by whom, and what they carry. */
export function EventTimeline({ events }: { events: readonly StoredEvent[] }) {
  const { t } = useI18n();
  return (
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
  );
}
