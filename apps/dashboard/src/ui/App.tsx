import { useCallback, useMemo, useState } from "react";
import { AppContext, type AppState } from "./AppContext";
import { ErrorNote } from "./components/ErrorNote";
import { LoginForm } from "./components/LoginForm";
import { useI18n } from "./i18n/I18nProvider";
import { usePath } from "./router";
import { DemoBanner } from "./shell/DemoBanner";
import { Header } from "./shell/Header";
import { Nav } from "./shell/Nav";
import { PageFor } from "./shell/PageFor";
import { usePlanChoice } from "./shell/usePlanChoice";
import { useSession } from "./shell/useSession";

function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The page shell: header (plan, "as of" date, language, account), navigation and the current page. */
export function App() {
  const { t } = useI18n();
  const path = usePath();
  const [version, setVersion] = useState(0);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [signInOpen, setSignInOpen] = useState(false);
  const session = useSession(useCallback(() => setSignInOpen(false), []));
  const choice = usePlanChoice(session, path);
  const today = useMemo(vietnamToday, []);
  const changed = useCallback(() => setVersion((n) => n + 1), []);
  const { me, canRead, refresh } = session;
  const { planId, planList, statuses, statusLabel } = choice;
  const state: AppState | null =
    planId && canRead
      ? { planId, statuses, statusLabel, asOf, today, me, refreshMe: refresh, version, changed }
      : null;
  const showSignIn = !me.account && !session.loading && (signInOpen || !canRead);
  return (
    <>
      <a className="skip" href="#main">
        {t("skipToContent")}
      </a>
      <Header
        session={session}
        choice={choice}
        asOf={asOf}
        today={today}
        setAsOf={setAsOf}
        signInShown={showSignIn}
        toggleSignIn={() => setSignInOpen((open) => !open)}
      />
      {canRead && choice.plan.data?.demo ? <DemoBanner /> : null}
      {showSignIn ? (
        <section id="sign-in-panel" className="sign-in-panel" aria-label={t("login.title")}>
          {!canRead ? <p className="notice">{t("login.required")}</p> : null}
          <LoginForm onDone={refresh} />
        </section>
      ) : null}
      <Nav path={path} />
      <main id="main" tabIndex={-1}>
        {planList.error ? <ErrorNote error={planList.error} onRetry={planList.reload} /> : null}
        {canRead && planList.loading ? <p>{t("loading")}</p> : null}
        {canRead && planList.data && !planId ? <p>{t("noPlan")}</p> : null}
        {state ? (
          <AppContext.Provider value={state}>
            <PageFor key={planId} path={path} />
          </AppContext.Provider>
        ) : null}
      </main>
    </>
  );
}
