import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { Link } from "../router";

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

/** The navigation, the current page (or its parent, for an activity's page) marked. */
export function Nav({ path }: { path: string }) {
  const { t } = useI18n();
  const active = (p: string) => (p === "/" ? path === "/" : path === p || path.startsWith(`${p}/`));
  return (
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
  );
}
