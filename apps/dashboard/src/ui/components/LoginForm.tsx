import { type FormEvent, useState } from "react";
import { postJson, setCsrfToken } from "../api/apiClient";
import type { Me } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { ErrorNote } from "./ErrorNote";

/** The sign-in form (user name and password); calls `onDone` after a successful login. */
export function LoginForm({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const me = await postJson<Me>("/api/auth/login", { username, password });
      setCsrfToken(me.csrfToken);
      setPassword("");
      setError(null);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="login" onSubmit={submit} aria-label={t("login.title")}>
      <label>
        {t("login.username")}
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
      </label>
      <label>
        {t("login.password")}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <button type="submit" disabled={busy}>
        {t("login.submit")}
      </button>
      {error ? <ErrorNote error={error} /> : null}
    </form>
  );
}
