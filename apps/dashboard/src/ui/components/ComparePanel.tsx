import { useState } from "react";
import { useApp } from "../AppContext";
import { useApi } from "../api/useApi";
import { useI18n } from "../i18n/I18nProvider";
import { ErrorNote } from "./ErrorNote";

interface DiffAnswer {
  from: string;
  to: string;
  changes: {
    activity: string;
    code: string;
    ward: string | null;
    from: string;
    to: string;
    events: unknown[];
  }[];
  counts: Record<string, number>;
}

/** Compare mode: what changed between two dates (status changes and the events in between). */
export function ComparePanel() {
  const app = useApp();
  const { t, pick } = useI18n();
  const [from, setFrom] = useState(`${app.today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(app.asOf ?? app.today);
  const diff = useApi<DiffAnswer>(
    `/api/plans/${encodeURIComponent(app.planId)}/diff?from=${from}&to=${to}&v=${app.version}`,
  );
  const status = (s: string) => pick(app.statusLabel(s));
  return (
    <section className="panel" aria-labelledby="compare-h">
      <h2 id="compare-h">{t("compare.title")}</h2>
      <div className="compare">
        <label>
          {t("compare.from")}
          <input type="date" name="compareFrom" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t("compare.to")}
          <input type="date" name="compareTo" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {diff.error ? <ErrorNote error={diff.error} /> : null}
      {diff.data ? (
        diff.data.changes.length === 0 ? (
          <p className="muted">{t("compare.none")}</p>
        ) : (
          <ul data-testid="compare-changes">
            {diff.data.changes.map((c) => (
              <li key={`${c.activity}|${c.ward ?? ""}`}>
                {t("compare.change", {
                  code: c.code,
                  ward: c.ward ? ` (${c.ward})` : "",
                  from: status(c.from),
                  to: status(c.to),
                  n: c.events.length,
                })}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
