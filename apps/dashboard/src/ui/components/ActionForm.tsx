import {
  type CoreEventType,
  type DocumentRef,
  eventPayloadSchemas,
  localizeZodIssue,
  StepPayloadSchema,
} from "@kehoach/core";
import { type FormEvent, useState } from "react";
import { postJson } from "../api/apiClient";
import type { AllowedAction } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { ErrorNote } from "./ErrorNote";

type Fields = Record<string, string>;

function decision(fields: Fields): DocumentRef {
  const number = fields.decisionNumber?.trim() || null;
  const symbol = fields.decisionSymbol?.trim() || "QĐ-UBND";
  const date = fields.decisionDate || null;
  const text = `Quyết định số ${number ?? ""}/${symbol}${date ? ` ngày ${date.split("-").reverse().join("/")}` : ""}`;
  return { kind: "decision", number, symbol, date, month: null, issuer: null, subject: null, text };
}

const isCore = (type: string): type is CoreEventType => Object.hasOwn(eventPayloadSchemas, type);

/** The event payload an action's form fields make (a plugin step's event carries an optional note). */
export function payloadOf(
  type: AllowedAction["type"],
  fields: Fields,
  ward: string | null,
): Record<string, unknown> {
  const note = fields.note?.trim() ? { note: fields.note.trim() } : {};
  switch (type) {
    case "START":
      return note;
    case "PROGRESS":
      return { ...note, ...(fields.percent ? { percent: Number(fields.percent) } : {}) };
    case "REPORT": {
      const level = ward ? "ward" : (fields.level ?? "district");
      const missing = (fields.missingWards ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
      return {
        results: { [level]: { text: fields.results ?? "" } },
        ...(missing.length > 0 ? { missingWards: missing } : {}),
      };
    }
    case "RETURN":
    case "CANCEL":
      return { reason: fields.reason ?? "" };
    case "REWARD":
      return {
        decision: decision(fields),
        form: fields.form ?? "",
        recipients: [{ kind: "collective", name: fields.recipient ?? "" }],
      };
    case "EXTEND":
      return {
        deadline: fields.deadline ?? "",
        reason: fields.reason ?? "",
        ...(fields.decisionNumber?.trim() ? { decision: decision(fields) } : {}),
      };
    default:
      return note;
  }
}

type Field = { name: string; label: MessageKey; kind?: string };

const coreFields: Record<CoreEventType, Field[]> = {
  START: [{ name: "note", label: "form.note" }],
  PROGRESS: [
    { name: "note", label: "form.note", kind: "textarea" },
    { name: "percent", label: "form.percent", kind: "number" },
  ],
  REPORT: [
    { name: "results", label: "form.results", kind: "textarea" },
    { name: "missingWards", label: "form.missingWards" },
  ],
  RETURN: [{ name: "reason", label: "form.reason", kind: "textarea" }],
  CANCEL: [{ name: "reason", label: "form.reason", kind: "textarea" }],
  REWARD: [
    { name: "decisionNumber", label: "form.decisionNumber" },
    { name: "decisionSymbol", label: "form.decisionSymbol" },
    { name: "decisionDate", label: "form.decisionDate", kind: "date" },
    { name: "form", label: "form.form" },
    { name: "recipient", label: "form.recipient" },
  ],
  EXTEND: [
    { name: "deadline", label: "form.deadline", kind: "date" },
    { name: "reason", label: "form.reason", kind: "textarea" },
    { name: "decisionNumber", label: "form.decisionNumber" },
  ],
};

const fieldsOf = (type: string): Field[] =>
  isCore(type) ? coreFields[type] : [{ name: "note", label: "form.note", kind: "textarea" }];

// The form field each payload key comes from, so a refusal names what the clerk typed into.
const fieldOfKey: Record<string, string> = {
  note: "note",
  percent: "percent",
  results: "results",
  missingWards: "missingWards",
  reason: "reason",
  form: "form",
  recipients: "recipient",
  decision: "decisionNumber",
  deadline: "deadline",
};

/**
 * The first problem of a payload as the clerk should read it: the form
 * field's label and, in Vietnamese or English, what is wrong ("Kết quả: cần
 * nhập"), from zod's own locale, never the raw English of a schema path.
 */
function payloadProblem(
  type: string,
  payload: Record<string, unknown>,
  lang: "vi" | "en",
  t: (key: MessageKey) => string,
): string | null {
  const schema = isCore(type) ? eventPayloadSchemas[type] : StepPayloadSchema;
  const checked = schema.safeParse(payload, { reportInput: true });
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  if (!issue) return null;
  const key = String(issue.path[0] ?? "");
  const field = fieldsOf(type).find((f) => f.name === fieldOfKey[key]);
  const label = field ? t(field.label) : key;
  const empty =
    issue.code === "too_small" ||
    (issue.code === "invalid_type" && issue.input === undefined) ||
    (key === "results" && issue.code === "custom");
  return `${label}: ${empty ? t("form.required") : issue.code === "custom" ? t("form.invalid") : localizeZodIssue(issue)[lang]}`;
}

/**
 * One lifecycle action as a form. The payload is checked with the core's
 * own zod schema before it is sent; the server's engine decides.
 */
export function ActionForm(props: {
  planId: string;
  activityId: string;
  action: AllowedAction;
  defaults?: Fields;
  onDone(): void;
}) {
  const { t, lang } = useI18n();
  const { action } = props;
  const [fields, setFields] = useState<Fields>({
    ...(action.type === "REWARD" ? { decisionSymbol: "QĐ-UBND", form: "Giấy khen" } : {}),
    ...props.defaults,
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `${action.type}-${action.ward ?? "activity"}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = payloadOf(action.type, fields, action.ward);
    const problem = payloadProblem(action.type, payload, lang, t);
    if (problem) {
      setError(new Error(problem));
      return;
    }
    setBusy(true);
    try {
      await postJson(
        `/api/plans/${encodeURIComponent(props.planId)}/activities/${encodeURIComponent(props.activityId)}/events`,
        {
          id: crypto.randomUUID(),
          type: action.type,
          ...(action.ward ? { ward: action.ward } : {}),
          payload,
        },
      );
      setError(null);
      props.onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const name = isCore(action.type)
    ? t(`action.${action.type}` as MessageKey)
    : (action.label?.[lang] ?? action.type);
  const title = `${name}${action.ward ? ` — ${t("action.forWard", { ward: action.ward })}` : ""}`;
  return (
    <form className="action-form" onSubmit={submit} aria-label={title} data-action={id}>
      <h3>{title}</h3>
      {fieldsOf(action.type).map((f) => {
        const inputId = `${id}-${f.name}`;
        const common = {
          id: inputId,
          name: f.name,
          value: fields[f.name] ?? "",
          onChange: (e: { target: { value: string } }) => setFields({ ...fields, [f.name]: e.target.value }),
        };
        return (
          <div key={f.name} className="field">
            <label htmlFor={inputId}>{t(f.label)}</label>
            {f.kind === "textarea" ? (
              <textarea rows={3} {...common} />
            ) : (
              <input
                type={f.kind ?? "text"}
                {...(f.kind === "number" ? { min: 0, max: 100 } : {})}
                {...common}
              />
            )}
          </div>
        );
      })}
      <button type="submit" disabled={busy}>
        {name}
      </button>
      {error ? <ErrorNote error={error} /> : null}
    </form>
  );
}
