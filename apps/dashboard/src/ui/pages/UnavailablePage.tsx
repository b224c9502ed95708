import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";

/** A page whose server part is not wired yet: says so, and what to use meanwhile. */
export function UnavailablePage({ titleKey, messageKey }: { titleKey: MessageKey; messageKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t(titleKey)}</h1>
      <p className="notice" role="status">
        <strong>{t("unavailable.title")}:</strong> {t(messageKey)}
      </p>
    </div>
  );
}
