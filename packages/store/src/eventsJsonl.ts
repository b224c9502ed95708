import { type Diagnostic, type PlanEvent, PlanEventSchema } from "@kehoach/core";
import { z } from "zod";
import type { Store } from "./Store";
import { StoreError } from "./StoreError";
import { type StoreDiagnosticCode, storeDiagnostic, storeZodDiagnostics } from "./storeDiagnosticCodes";
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

/** A line refused, with its error diagnostic located at the line. */
function refused(
  line: number,
  code: StoreDiagnosticCode,
  vi: string,
  en: string,
): { diagnostic: Diagnostic } {
  return { diagnostic: storeDiagnostic(code, "error", { vi, en }, { line, column: 1 }) };
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
  const { events, diagnostics } = parseEventLines(text);
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
    const result = await appendBatch(store, { ...o, activity }, events.slice(start, end));
    imported += result.appended;
    duplicates += result.duplicates;
    start = end;
  }
  return { imported, duplicates, diagnostics };
}

/** Every line's event, or the diagnostics of the bad lines (invalid JSON or event, an id seen before). */
function parseEventLines(text: string): { events: PlanEvent[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const events: PlanEvent[] = [];
  const seen = new Map<string, number>();
  // A file saved by Notepad starts with a byte order mark: it is no part of line 1.
  const lines = text
    .replace(/^\ufeff/u, "")
    .normalize("NFC")
    .split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const parsed = parseEventLine(index + 1, line, seen);
    if (parsed.event) events.push(parsed.event);
    else diagnostics.push(parsed.diagnostic);
  }
  return { events, diagnostics };
}

/** One line's event (its id recorded in `seen`), or why it is refused. */
function parseEventLine(
  lineNo: number,
  line: string,
  seen: Map<string, number>,
): { event: PlanEvent; diagnostic?: undefined } | { event?: undefined; diagnostic: Diagnostic } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return refused(
      lineNo,
      "events.bad-json",
      `dòng ${lineNo}: không phải JSON hợp lệ`,
      `line ${lineNo}: not valid JSON`,
    );
  }
  const parsed = PlanEventSchema.safeParse(value);
  if (!parsed.success) {
    const what = { vi: "sự kiện", en: "event" };
    const [first] = storeZodDiagnostics("events.invalid", what, parsed.error.issues, { limit: 1 });
    const message = first ?? { vi: "sự kiện không hợp lệ", en: "invalid event" };
    return refused(
      lineNo,
      "events.invalid",
      `dòng ${lineNo}: ${message.vi}`,
      `line ${lineNo}: ${message.en}`,
    );
  }
  const first = seen.get(parsed.data.id);
  if (first !== undefined) {
    return refused(
      lineNo,
      "events.duplicate-id",
      `dòng ${lineNo}: mã sự kiện "${parsed.data.id}" đã có ở dòng ${first}`,
      `line ${lineNo}: event id "${parsed.data.id}" already appears on line ${first}`,
    );
  }
  seen.set(parsed.data.id, lineNo);
  return { event: parsed.data };
}

/** Appends one activity's batch; per event when part of it may already be stored (a resumed import). */
async function appendBatch(
  store: Store,
  to: { plan: string; planVersion?: number; activity: string },
  batch: PlanEvent[],
): Promise<{ appended: number; duplicates: number }> {
  try {
    return await store.append({ ...to, events: batch });
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== "event.id-conflict" || batch.length === 1)
      throw error;
    let appended = 0;
    let duplicates = 0;
    for (const event of batch) {
      const r = await store.append({ ...to, events: [event] });
      appended += r.appended;
      duplicates += r.duplicates;
    }
    return { appended, duplicates };
  }
}
