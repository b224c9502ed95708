import { type FormEvent, useState } from "react";
import { useApp } from "../AppContext";
import { postForm } from "../api/apiClient";
import { ErrorNote } from "../components/ErrorNote";
import { useI18n } from "../i18n/I18nProvider";
import { type ImportAnswer, ImportPreview } from "./import/ImportPreview";

/** The chosen file, and sending it for a preview (`save=0`) or to be saved (`save=1`). */
function useImportUpload(onSaved: () => void) {
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
      if (save) onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { file, setFile, answer, error, busy, send };
}

/** Nhập kế hoạch: upload a plan document, preview the activities and diagnostics, then save it (administrators). */
export function ImportPage() {
  const app = useApp();
  const { t } = useI18n();
  const upload = useImportUpload(app.changed);
  const { file, answer, busy } = upload;
  const preview = (e: FormEvent) => {
    e.preventDefault();
    void upload.send(false);
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
            onChange={(e) => upload.setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <button type="submit" disabled={!file || busy || !admin}>
          {t("import.preview")}
        </button>
        <button
          type="button"
          disabled={!file || busy || !admin || !answer}
          onClick={() => void upload.send(true)}
        >
          {t("import.save")}
        </button>
      </form>
      {!admin ? <p className="muted">{t("import.adminOnly")}</p> : null}
      {upload.error ? <ErrorNote error={upload.error} /> : null}
      {answer ? <ImportPreview answer={answer} /> : null}
    </div>
  );
}
