import type { Activity, ActivityState, TextRange } from "@kehoach/core";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";

/** The title with its bold spans as `<strong>` (text only: React escapes every string). */
export function Emphasised({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
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

/** The time cell as written, with the period read from it (and its peak). */
function TimeFact({ time }: { time: Activity["time"] }) {
  const { t } = useI18n();
  const period = time.period;
  return (
    <dd>
      {time.text || "—"}
      {period && (period.start || period.end) ? (
        <span className="muted">
          {" "}
          · {t("detail.timeParsed")}: {period.start ?? "…"} → {period.end ?? "…"}
          {period.peak ? ` (${period.peak.start} → ${period.peak.end})` : ""}
        </span>
      ) : null}
    </dd>
  );
}

/** The expected results per level (district, ward, city), as the plan lists them. */
function ExpectedFact({ expected }: { expected: Activity["expected"] }) {
  const { t } = useI18n();
  const levels = (["district", "ward", "city"] as const).filter((l) => expected[l]);
  if (levels.length === 0) return null;
  return (
    <>
      <dt>{t("detail.expected")}</dt>
      <dd>
        {levels.map((l) => (
          <div key={l} className="expected">
            <h3>{t(`detail.level.${l}` as MessageKey)}</h3>
            <ul>
              {(expected[l]?.items ?? []).map((item) => (
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
  );
}

/** The numeric targets with what has been achieved of each. */
function TargetsFact({ activity, state }: { activity: Activity; state: ActivityState | undefined }) {
  const { t } = useI18n();
  if (activity.targets.length === 0) return null;
  return (
    <>
      <dt>{t("detail.targets")}</dt>
      <dd>
        <ul>
          {activity.targets.map((tg, index) => (
            <li key={`${tg.level}|${tg.span.start}|${tg.noun}`}>
              {tg.quantity} {tg.noun} — {t("detail.achieved")}: {state?.context.achieved[String(index)] ?? 0}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The activity as planned: references, lead and coordinating units, time, expected results, targets. */
export function ActivityFacts({ activity, state }: { activity: Activity; state: ActivityState | undefined }) {
  const { t } = useI18n();
  return (
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
      <TimeFact time={activity.time} />
      <ExpectedFact expected={activity.expected} />
      <TargetsFact activity={activity} state={state} />
    </dl>
  );
}
