import { ApiRequestError } from "../api/apiClient";
import { useI18n } from "../i18n/I18nProvider";

/** Shows an API error (bilingual, in the current language) or any other error. */
export function ErrorNote({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, pick } = useI18n();
  const text =
    error instanceof ApiRequestError
      ? `${pick(error)} (${error.code})`
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="error" role="alert">
      <strong>{t("errorPrefix")}:</strong> {text}
      {onRetry ? (
        <button type="button" className="link-button" onClick={onRetry}>
          {t("retry")}
        </button>
      ) : null}
    </div>
  );
}
