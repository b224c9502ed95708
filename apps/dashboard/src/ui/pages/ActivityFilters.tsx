import { useApp } from "../AppContext";
import type { StatusAnswer } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";

/** The activity filters as the page keeps them (each "" for all). */
export interface ActivityFilterValues {
  q: string;
  status: string;
  klass: string;
  lead: string;
  ward: string;
  month: string;
}

/** Props of {@link ActivityFilters}. */
export interface ActivityFiltersProps {
  value: ActivityFilterValues;
  onChange: (value: ActivityFilterValues) => void;
  /** The status answer (summary only) that names the classes, leads, wards and months to choose from. */
  status: StatusAnswer | null | undefined;
}

/** The search box and the status, class, lead, ward and month selects of the activities page. */
export function ActivityFilters({ value, onChange, status }: ActivityFiltersProps) {
  const app = useApp();
  const { t, pick } = useI18n();
  const { q, status: state, klass, lead, ward, month } = value;
  const set = (key: keyof ActivityFilterValues) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  const months = status?.byMonth.map((m) => m.month) ?? [];
  return (
    <form className="filters" aria-label={t("activities.search")} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t("activities.search")}
        <input
          type="search"
          name="q"
          value={q}
          placeholder={t("activities.searchHint")}
          onChange={set("q")}
        />
      </label>
      <label>
        {t("activities.status")}
        <select name="status" value={state} onChange={set("status")}>
          <option value="">{t("activities.all")}</option>
          {app.statuses.map((s) => (
            <option key={s} value={s}>
              {pick(app.statusLabel(s))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("activities.class")}
        <select name="class" value={klass} onChange={set("klass")}>
          <option value="">{t("activities.all")}</option>
          {Object.entries(status?.classLabels ?? {}).map(([k, v]) => (
            <option key={k} value={k}>
              {pick(v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("activities.lead")}
        <select name="lead" value={lead} onChange={set("lead")}>
          <option value="">{t("activities.all")}</option>
          {(status?.byLead ?? []).map((u) => (
            <option key={u.unit} value={u.unit}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("activities.ward")}
        <select name="ward" value={ward} onChange={set("ward")}>
          <option value="">{t("activities.all")}</option>
          {(status?.byWard ?? []).map((w) => (
            <option key={w.ward} value={w.ward}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("activities.month")}
        <select name="month" value={month} onChange={set("month")}>
          <option value="">{t("activities.all")}</option>
          {months.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
