import { type Diagnostic, localizeZodIssue, type PlanEvent, PlanEventSchema } from "@kehoach/core";
import { z } from "zod";
import type { Store } from "./Store";
import { StoreError } from "./StoreError";
import { validateInput } from "./validateInput";

/**
 * Writes a plan's events (or every event) as JSON Lines: one `PlanEvent` per
 * line, in global order — the file `kehoach status --events` reads.
 * Yields the lines (each ending in "\n").
 */
export async function* exportEventsJsonl(
  store: Store,
  options: { plan?: string } = {},
): AsyncIterable<string> {
  const o = validateInput(z.object({ plan: z.string().min(1).optional() }), options, "export options");
  for await (const batch of store.readEventBatches({ plan: o.plan })) {
    let chunk = "";
    for (const stored of batch) chunk += `${JSON.stringify(stored.event)}\n`;
    yield chunk;
  }
}

/** What {@link importEventsJsonl} answers. */
export interface ImportEventsResult {
  /** Events written. */
  imported: number;
  /** Events already in the store with the same id and content (skipped). */
  duplicates: number;
  /** Problems, with their line numbers; when any is an error, nothing was written. */
  diagnostics: Diagnostic[];
}

async function requireHeldPlan(store: Store, plan: string): Promise<void> {
  if ((await store.listPlans(plan)).length > 0) return;
  const held = (await store.listPlans()).map((p) => p.plan);
  const list = held.length > 0 ? held.join(", ") : null;
  throw new StoreError(
    "plan.not-found",
    {
      vi: `kho không có kế hoạch "${plan}"; các kế hoạch trong kho: ${list ?? "(chưa có)"}`,
      en: `the store holds no plan "${plan}"; the plans it holds: ${list ?? "(none)"}`,
    },
    { plan, held },
  );
}

function lineDiagnostic(line: number, code: string, vi: string, en: string): Diagnostic {
  return { code, severity: "error", vi, en, location: { line, column: 1 } };
}

/**
 * Reads JSON Lines of `PlanEvent`s (blank lines and a leading byte order mark
 * ignored) and appends them to a plan, activity by activity, in file order. Every line is validated first:
 * when any line is bad, nothing is written and the diagnostics say which line
 * and why. Importing the same file twice writes nothing the second time
 * (events are idempotent on id).
 *
 * @throws {StoreError} `plan.not-found` when the store holds no plan `options.plan`
 *   (`details.held` lists the plans it holds): events are never stored for a plan it does not know.
 */
export async function importEventsJsonl(
  store: Store,
  text: string,
  options: { plan: string; planVersion?: number },
): Promise<ImportEventsResult> {
  const o = validateInput(
    z.object({ plan: z.string().min(1), planVersion: z.number().int().positive().optional() }),
    options,
    "import options",
  );
  if (typeof text !== "string") {
    throw new StoreError("store.bad-input", {
      vi: "nội dung nhập phải là văn bản",
      en: "the input must be text",
    });
  }
  const diagnostics: Diagnostic[] = [];
  const events: PlanEvent[] = [];
  const seen = new Map<string, number>();
  // A file saved by Notepad starts with a byte order mark: it is no part of line 1.
  const lines = text
    .replace(/^\ufeff/u, "")
    .normalize("NFC")
    .split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      diagnostics.push(
        lineDiagnostic(
          lineNo,
          "events.bad-json",
          `dòng ${lineNo}: không phải JSON hợp lệ`,
          `line ${lineNo}: not valid JSON`,
        ),
      );
      continue;
    }
    const parsed = PlanEventSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.join(".") || "(root)";
      const message = issue ? localizeZodIssue(issue) : { vi: "", en: "" };
      diagnostics.push(
        lineDiagnostic(
          lineNo,
          "events.invalid",
          `dòng ${lineNo}: sự kiện không hợp lệ ở "${path}": ${message.vi}`,
          `line ${lineNo}: invalid event at "${path}": ${message.en}`,
        ),
      );
      continue;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      diagnostics.push(
        lineDiagnostic(
          lineNo,
          "events.duplicate-id",
          `dòng ${lineNo}: mã sự kiện "${parsed.data.id}" đã có ở dòng ${first}`,
          `line ${lineNo}: event id "${parsed.data.id}" already appears on line ${first}`,
        ),
      );
      continue;
    }
    seen.set(parsed.data.id, lineNo);
    events.push(parsed.data);
  }
  if (diagnostics.length > 0) return { imported: 0, duplicates: 0, diagnostics };
  await requireHeldPlan(store, o.plan);
  let imported = 0;
  let duplicates = 0;
  // Consecutive events of the same activity go in one batch; the file order is kept.
  let start = 0;
  while (start < events.length) {
    const activity = events[start]?.activity ?? "";
    let end = start;
    while (end < events.length && events[end]?.activity === activity && end - start < 5000) end++;
    const batch = events.slice(start, end);
    // Per event when part of a batch may already be stored (a resumed import).
    const result = await store
      .append({ plan: o.plan, activity, events: batch, planVersion: o.planVersion })
      .catch(async (error: unknown) => {
        if (!(error instanceof StoreError) || error.code !== "event.id-conflict" || batch.length === 1)
          throw error;
        let appended = 0;
        let dup = 0;
        for (const event of batch) {
          const r = await store.append({
            plan: o.plan,
            activity,
            events: [event],
            planVersion: o.planVersion,
          });
          appended += r.appended;
          dup += r.duplicates;
        }
        return { appended, duplicates: dup };
      });
    imported += result.appended;
    duplicates += result.duplicates;
    start = end;
  }
  return { imported, duplicates, diagnostics };
}
