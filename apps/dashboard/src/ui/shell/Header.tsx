import { useI18n } from "../i18n/I18nProvider";
import { AccountControls } from "./AccountControls";
import type { PlanChoice } from "./usePlanChoice";
import type { Session } from "./useSession";

function PlanSwitcher({ choice }: { choice: PlanChoice }) {
  const { t } = useI18n();
  return (
    <label className="plan-switcher">
      {t("plan")}
      <select
        name="plan"
        data-testid="plan-switcher"
        value={choice.planId ?? ""}
        onChange={(e) => choice.choose(e.target.value)}
      >
        {choice.plans.map((p) => (
          <option key={p.plan} value={p.plan}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}

function AsOfControl(props: { asOf: string | null; today: string; setAsOf(asOf: string | null): void }) {
  const { t } = useI18n();
  const { asOf, today, setAsOf } = props;
  return (
    <>
      <label className="as-of">
        {t("asOf")}
        <input
          type="date"
          name="asOf"
          value={asOf ?? today}
          onChange={(e) => setAsOf(e.target.value === "" || e.target.value === today ? null : e.target.value)}
        />
      </label>
      <button type="button" onClick={() => setAsOf(null)} disabled={asOf === null}>
        {t("today")}
      </button>
    </>
  );
}

function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <fieldset className="lang">
      <legend className="visually-hidden">{t("language")}</legend>
      <button type="button" aria-pressed={lang === "vi"} onClick={() => setLang("vi")} lang="vi">
        Tiếng Việt
      </button>
      <button type="button" aria-pressed={lang === "en"} onClick={() => setLang("en")} lang="en">
        English
      </button>
    </fieldset>
  );
}

/** The header: app name and plan title, plan switcher, "as of" date, language and account. */
export function Header(props: {
  session: Session;
  choice: PlanChoice;
  asOf: string | null;
  today: string;
  setAsOf(asOf: string | null): void;
  signInShown: boolean;
  toggleSignIn(): void;
}) {
  const { t } = useI18n();
  const { session, choice } = props;
  return (
    <header className="top">
      <div className="brand">
        <span className="app-name">{t("appName")}</span>
        {choice.plan.data && session.canRead ? (
          <span className="plan-title">{choice.plan.data.title}</span>
        ) : null}
      </div>
      <div className="controls">
        {session.canRead && choice.plans.length > 1 ? <PlanSwitcher choice={choice} /> : null}
        <AsOfControl asOf={props.asOf} today={props.today} setAsOf={props.setAsOf} />
        <LanguageSwitch />
        <AccountControls
          session={session}
          signInShown={props.signInShown}
          toggleSignIn={props.toggleSignIn}
        />
      </div>
    </header>
  );
}
