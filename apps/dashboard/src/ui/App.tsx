import { useCallback, useEffect, useMemo, useState } from "react";
import { AppContext, type AppState } from "./AppContext";
import { postJson, setCsrfToken } from "./api/apiClient";
import type { Me, PlanList, PlanSummary } from "./api/types";
import { useApi } from "./api/useApi";
import { ErrorNote } from "./components/ErrorNote";
import { LoginForm } from "./components/LoginForm";
import { useI18n } from "./i18n/I18nProvider";
import type { MessageKey } from "./i18n/messages";
import { ActivitiesPage } from "./pages/ActivitiesPage";
import { ActivityDetailPage } from "./pages/ActivityDetailPage";
import { AuditPage } from "./pages/AuditPage";
import { ImportPage } from "./pages/ImportPage";
import { OverviewPage } from "./pages/OverviewPage";
import { ReportsPage } from "./pages/ReportsPage";
import { RewardsPage } from "./pages/RewardsPage";
import { TimelinePage } from "./pages/TimelinePage";
import { UnitsPage } from "./pages/UnitsPage";
import { WardsPage } from "./pages/WardsPage";
import { Link, navigate, usePath } from "./router";

/** The pages of the navigation, in order. */
export const pages: { path: string; key: MessageKey }[] = [
  { path: "/", key: "nav.overview" },
  { path: "/hoat-dong", key: "nav.activities" },
  { path: "/tien-do", key: "nav.timeline" },
  { path: "/don-vi", key: "nav.units" },
  { path: "/phuong", key: "nav.wards" },
  { path: "/khen-thuong", key: "nav.rewards" },
  { path: "/bao-cao", key: "nav.reports" },
  { path: "/nhap-ke-hoach", key: "nav.import" },
  { path: "/nhat-ky", key: "nav.audit" },
];

const PLAN_KEY = "kehoach.plan";

function storedPlan(): string | null {
  try {
    return localStorage.getItem(PLAN_KEY);
  } catch {
    return null;
  }
}

function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function Page({ path }: { path: string }) {
  const detail = /^\/hoat-dong\/([^/]+)$/.exec(path);
  if (detail?.[1]) return <ActivityDetailPage id={decodeURIComponent(detail[1])} />;
  switch (path) {
    case "/":
      return <OverviewPage />;
    case "/hoat-dong":
      return <ActivitiesPage />;
    case "/tien-do":
      return <TimelinePage />;
    case "/don-vi":
      return <UnitsPage />;
    case "/phuong":
      return <WardsPage />;
    case "/khen-thuong":
      return <RewardsPage />;
    case "/bao-cao":
      return <ReportsPage />;
    case "/nhap-ke-hoach":
      return <ImportPage />;
    case "/nhat-ky":
      return <AuditPage />;
    default:
      return <OverviewPage />;
  }
}

/** The page shell: header (plan, "as of" date, language, account), navigation and the current page. */
export function App() {
  const { t, lang, setLang } = useI18n();
  const path = usePath();
  const [meTick, setMeTick] = useState(0);
  const [version, setVersion] = useState(0);
  const [asOf, setAsOf] = useState<string | null>(null);
  const meState = useApi<Me>(`/api/auth/me?t=${meTick}`);
  const me: Me = meState.data ?? { account: null, csrfToken: null, publicRead: false };
  // Reads need a signed-in account, unless the server opens its transparency view.
  const canRead = me.account !== null || me.publicRead === true;
  const [signInOpen, setSignInOpen] = useState(false);
  const planList = useApi<PlanList>(
    meState.data && canRead ? `/api/plans?as=${encodeURIComponent(me.account?.id ?? "public")}` : null,
  );
  const [chosenPlan, setChosenPlan] = useState<string | null>(storedPlan);
  const plans = planList.data?.plans ?? [];
  // The chosen plan while the store has it, else the first one.
  const planId = plans.find((p) => p.plan === chosenPlan)?.plan ?? plans[0]?.plan ?? null;
  const choosePlan = (next: string) => {
    setChosenPlan(next);
    try {
      localStorage.setItem(PLAN_KEY, next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
    // An activity of one plan does not exist in another: go back to the same page's list.
    if (path.startsWith("/hoat-dong/")) navigate("/hoat-dong");
  };
  const plan = useApi<PlanSummary>(planId ? `/api/plans/${encodeURIComponent(planId)}` : null);
  const today = useMemo(vietnamToday, []);
  useEffect(() => {
    if (meState.data) setCsrfToken(meState.data.csrfToken);
  }, [meState.data]);
  const refreshMe = useCallback(() => {
    setSignInOpen(false);
    setMeTick((n) => n + 1);
  }, []);
  const changed = useCallback(() => setVersion((n) => n + 1), []);
  const logout = async () => {
    await postJson("/api/auth/logout", {});
    setCsrfToken(null);
    refreshMe();
  };
  const { statuses, statusLabel } = useMemo(() => {
    const states = plan.data?.states ?? [];
    const labels = new Map([...(plan.data?.wardPartStates ?? []), ...states].map((s) => [s.status, s.label]));
    return {
      statuses: states.map((s) => s.status),
      statusLabel: (status: string) => labels.get(status) ?? { vi: status, en: status },
    };
  }, [plan.data]);
  const state: AppState | null =
    planId && canRead
      ? { planId, statuses, statusLabel, asOf, today, me, refreshMe, version, changed }
      : null;
  const showSignIn = !me.account && !meState.loading && (signInOpen || !canRead);
  const active = (p: string) => (p === "/" ? path === "/" : path === p || path.startsWith(`${p}/`));

  return (
    <>
      <a className="skip" href="#main">
        {t("skipToContent")}
      </a>
      <header className="top">
        <div className="brand">
          <span className="app-name">{t("appName")}</span>
          {plan.data && canRead ? <span className="plan-title">{plan.data.title}</span> : null}
        </div>
        <div className="controls">
          {canRead && plans.length > 1 ? (
            <label className="plan-switcher">
              {t("plan")}
              <select
                name="plan"
                data-testid="plan-switcher"
                value={planId ?? ""}
                onChange={(e) => choosePlan(e.target.value)}
              >
                {plans.map((p) => (
                  <option key={p.plan} value={p.plan}>
                    {p.title}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="as-of">
            {t("asOf")}
            <input
              type="date"
              name="asOf"
              value={asOf ?? today}
              onChange={(e) =>
                setAsOf(e.target.value === "" || e.target.value === today ? null : e.target.value)
              }
            />
          </label>
          <button type="button" onClick={() => setAsOf(null)} disabled={asOf === null}>
            {t("today")}
          </button>
          <fieldset className="lang">
            <legend className="visually-hidden">{t("language")}</legend>
            <button type="button" aria-pressed={lang === "vi"} onClick={() => setLang("vi")} lang="vi">
              Tiếng Việt
            </button>
            <button type="button" aria-pressed={lang === "en"} onClick={() => setLang("en")} lang="en">
              English
            </button>
          </fieldset>
          {meState.data === null && meState.error === null ? (
            // Until the server says who is signed in, show neither the name nor the
            // sign-in button: a signed-in clerk never sees "Đăng nhập" flash by.
            <span className="account" aria-busy="true" data-testid="account-pending" />
          ) : me.account ? (
            <span className="account">
              {t("signedInAs")}{" "}
              <strong data-testid="account-name">{me.account.displayName || me.account.username}</strong>
              <button type="button" onClick={logout}>
                {t("logout")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="sign-in primary"
              data-testid="sign-in"
              aria-expanded={showSignIn}
              aria-controls="sign-in-panel"
              onClick={() => setSignInOpen((open) => !open)}
            >
              {t("login.title")}
            </button>
          )}
        </div>
      </header>
      {showSignIn ? (
        <section id="sign-in-panel" className="sign-in-panel" aria-label={t("login.title")}>
          {!canRead ? <p className="notice">{t("login.required")}</p> : null}
          <LoginForm onDone={refreshMe} />
        </section>
      ) : null}
      <nav className="nav" aria-label={t("nav.label")}>
        <ul>
          {pages.map((p) => (
            <li key={p.path}>
              <Link to={p.path} current={active(p.path)}>
                {t(p.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {planList.error ? <ErrorNote error={planList.error} onRetry={planList.reload} /> : null}
        {canRead && planList.loading ? <p>{t("loading")}</p> : null}
        {canRead && planList.data && !planId ? <p>{t("noPlan")}</p> : null}
        {state ? (
          <AppContext.Provider value={state}>
            <Page key={planId} path={path} />
          </AppContext.Provider>
        ) : null}
      </main>
    </>
  );
}
