import type { Diagnostic } from "@kehoach/core";
import { useI18n } from "../../i18n/I18nProvider";

/** `POST /api/plans/import`: a bounded preview (the first rows), the diagnostics' counts and first ones. */
export interface ImportAnswer {
  preview: {
    id: string;
    title: string;
    activityCount: number;
    sectionCount: number;
    activities: { id: string; code: string; title: string; time: string }[];
  };
  diagnostics: { counts: Record<Diagnostic["severity"], number>; items: Diagnostic[] };
  saved: { plan: string; version: number; unchanged: boolean } | null;
}

function where(d: Diagnostic): string {
  const l = d.location;
  if (!l) return "";
  const parts = [l.line ? `L${l.line}` : "", l.column ? `C${l.column}` : "", l.cell ?? ""].filter(
    (p) => p !== "",
  );
  return parts.join(":");
}

function Diagnostics({ items }: { items: readonly Diagnostic[] }) {
  const { t, pick } = useI18n();
  if (items.length === 0) return <p className="muted">{t("import.noDiagnostics")}</p>;
  return (
    <ul className="diagnostics">
      {items.map((d) => (
        <li key={`${d.code}|${where(d)}|${d.en}`} className={`diag-${d.severity}`}>
          <code>{d.code}</code> {where(d)} {pick(d)}
        </li>
      ))}
    </ul>
  );
}

/** What the server read from the upload: saved or not, title, counts, diagnostics and the first rows. */
export function ImportPreview({ answer }: { answer: ImportAnswer }) {
  const { t } = useI18n();
  const { preview, saved } = answer;
  return (
    <section data-testid="import-preview">
      {saved ? (
        <p className="notice ok" role="status">
          {t("import.saved", { version: saved.version, id: saved.plan })}
        </p>
      ) : null}
      <h2>{preview.title}</h2>
      <p className="muted">
        {t("import.activities", { n: preview.activityCount })}
        {preview.activities.length < preview.activityCount + preview.sectionCount
          ? ` · ${t("import.firstRows", { n: preview.activities.length })}`
          : ""}
      </p>
      <h3>{t("import.diagnostics")}</h3>
      <Diagnostics items={answer.diagnostics.items} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t("col.code")}</th>
            <th scope="col">{t("col.title")}</th>
            <th scope="col">{t("col.time")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.activities.map((a) => (
            <tr key={a.id} data-activity={a.id}>
              <td>{a.code}</td>
              <td>{a.title}</td>
              <td>{a.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
