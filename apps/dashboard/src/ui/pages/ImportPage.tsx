import type { Diagnostic } from "@kehoach/core";
import { type FormEvent, useState } from "react";
import { useApp } from "../AppContext";
import { postForm } from "../api/apiClient";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";

/** `POST /api/plans/import`: a bounded preview (the first rows), the diagnostics' counts and first ones. */
interface ImportAnswer {
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

/** Nhập kế hoạch: upload a plan document, preview the activities and diagnostics, then save it (administrators). */
export function ImportPage() {
  const app = useApp();
  const { t, pick } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = async (save: boolean) => {
    if (!file) return;
    const form = new FormData();
    form.set("file", file);
    setBusy(true);
    try {
      setAnswer(await postForm<ImportAnswer>(`/api/plans/import?save=${save ? "1" : "0"}`, form));
      setError(null);
      if (save) app.changed();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const preview = (e: FormEvent) => {
    e.preventDefault();
    void send(false);
  };
  if (!app.me.account) {
    return (
      <div className="page">
        <h1>{t("nav.import")}</h1>
        <p className="muted">{t("import.signIn")}</p>
      </div>
    );
  }
  const admin = app.me.account.role === "issuer-admin";
  return (
    <div className="page">
      <h1>{t("nav.import")}</h1>
      <form className="filters" onSubmit={preview} aria-label={t("nav.import")}>
        <label>
          {t("import.file")}
          <input
            type="file"
            name="file"
            accept=".txt,.md,.docx,.xlsx,.csv,text/plain"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <button type="submit" disabled={!file || busy || !admin}>
          {t("import.preview")}
        </button>
        <button type="button" disabled={!file || busy || !admin || !answer} onClick={() => void send(true)}>
          {t("import.save")}
        </button>
      </form>
      {!admin ? <p className="muted">{t("import.adminOnly")}</p> : null}
      {error ? <ErrorNote error={error} /> : null}
      {answer ? (
        <section data-testid="import-preview">
          {answer.saved ? (
            <p className="notice ok" role="status">
              {t("import.saved", { version: answer.saved.version, id: answer.saved.plan })}
            </p>
          ) : null}
          <h2>{answer.preview.title}</h2>
          <p className="muted">
            {t("import.activities", { n: answer.preview.activityCount })}
            {answer.preview.activities.length < answer.preview.activityCount + answer.preview.sectionCount
              ? ` · ${t("import.firstRows", { n: answer.preview.activities.length })}`
              : ""}
          </p>
          <h3>{t("import.diagnostics")}</h3>
          {answer.diagnostics.items.length === 0 ? (
            <p className="muted">{t("import.noDiagnostics")}</p>
          ) : (
            <ul className="diagnostics">
              {answer.diagnostics.items.map((d) => (
                <li key={`${d.code}|${where(d)}|${d.en}`} className={`diag-${d.severity}`}>
                  <code>{d.code}</code> {where(d)} {pick(d)}
                </li>
              ))}
            </ul>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">{t("col.code")}</th>
                <th scope="col">{t("col.title")}</th>
                <th scope="col">{t("col.time")}</th>
              </tr>
            </thead>
            <tbody>
              {answer.preview.activities.map((a) => (
                <tr key={a.id} data-activity={a.id}>
                  <td>{a.code}</td>
                  <td>{a.title}</td>
                  <td>{a.time}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
