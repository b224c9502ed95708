import type { PlanEvent } from "@kehoach/core";
import type { AppendState, EventRow } from "./backend/Backend";
import { canonicalJson } from "./canonicalJson";
import { hashEventRow } from "./hashEventRow";
import type { AppendResult, ExpectedVersion } from "./Store";
import { StoreError } from "./StoreError";

/** A validated append request. */
export interface AppendRequest {
  plan: string;
  activity: string;
  events: readonly PlanEvent[];
  expectedVersion: ExpectedVersion;
  planVersion: number | undefined;
  recordedAt: string;
}

function sameContent(row: EventRow, event: PlanEvent, plan: string): boolean {
  return (
    row.plan === plan &&
    row.activity === event.activity &&
    row.ward === (event.ward ?? null) &&
    row.type === event.type &&
    row.byUnit === event.by.unit &&
    row.byPerson === (event.by.person ?? null) &&
    row.at === event.at &&
    row.machineVersion === event.machineVersion &&
    row.payload === canonicalJson(event.payload)
  );
}

function versionMatches(expected: ExpectedVersion, actual: number): boolean {
  if (expected === "any") return true;
  if (expected === "no-stream") return actual === 0;
  if (expected === "stream-exists") return actual > 0;
  return expected === actual;
}

/** What {@link planAppend} decides: the rows to write (empty for a resent batch) and the append's result. */
export interface PlannedAppend {
  rows: EventRow[];
  result: AppendResult;
}

/**
 * Decides, purely, what an append writes given the state read under the
 * write lock: the idempotency check on event ids, the expected-version check,
 * the plan version, and the chained rows. Raises `event.version-conflict`,
 * `event.id-conflict` or `plan.not-found`; nothing is written then.
 */
export function planAppend(state: AppendState, request: AppendRequest): PlannedAppend {
  const resent = resentBatch(state, request);
  if (resent) return { rows: [], result: resent };
  if (!versionMatches(request.expectedVersion, state.streamVersion)) {
    throw new StoreError(
      "event.version-conflict",
      {
        vi: `xung đột phiên bản: hoạt động "${request.activity}" đang ở phiên bản ${state.streamVersion}, yêu cầu ${String(request.expectedVersion)}; hãy tải lại rồi thử lại`,
        en: `version conflict: activity "${request.activity}" is at version ${state.streamVersion}, expected ${String(request.expectedVersion)}; reload and retry`,
      },
      {
        plan: request.plan,
        activity: request.activity,
        actual: state.streamVersion,
        expected: request.expectedVersion,
      },
    );
  }
  const rows = chainRows(state, request, planVersionOf(state, request));
  const streamVersion = rows[rows.length - 1]?.streamVersion ?? state.streamVersion;
  const position = rows[rows.length - 1]?.position ?? state.head.position;
  return { rows, result: { streamVersion, position, appended: rows.length, duplicates: 0 } };
}

/**
 * The answer to a batch that was stored before (every id stored, with the same
 * content), or null when none of its ids is stored. Raises `event.id-conflict`
 * when an id is stored with other content, or only part of the batch is.
 */
function resentBatch(state: AppendState, request: AppendRequest): AppendResult | null {
  const existing = new Map(state.existing.map((row) => [row.eventId, row]));
  let duplicates = 0;
  let lastDuplicate = 0;
  for (const event of request.events) {
    const row = existing.get(event.id);
    if (!row) continue;
    if (!sameContent(row, event, request.plan)) {
      throw new StoreError(
        "event.id-conflict",
        {
          vi: `mã sự kiện "${event.id}" đã được dùng cho một sự kiện khác (vị trí ${row.position})`,
          en: `event id "${event.id}" is already used by a different event (position ${row.position})`,
        },
        { eventId: event.id, position: row.position },
      );
    }
    duplicates++;
    lastDuplicate = Math.max(lastDuplicate, row.position);
  }
  if (duplicates === 0) return null;
  if (duplicates === request.events.length) {
    return { streamVersion: state.streamVersion, position: lastDuplicate, appended: 0, duplicates };
  }
  throw new StoreError(
    "event.id-conflict",
    {
      vi: `một phần lô sự kiện đã được ghi trước đó (${duplicates}/${request.events.length}); hãy gửi lại đúng lô cũ hoặc chỉ các sự kiện mới`,
      en: `part of the batch was already stored (${duplicates}/${request.events.length}); resend the same batch or only the new events`,
    },
    { duplicates },
  );
}

/** The plan version the events record: the one asked for (which must exist), else the latest. */
function planVersionOf(state: AppendState, request: AppendRequest): number | null {
  if (request.planVersion === undefined) return state.latestPlanVersion;
  if (state.latestPlanVersion === null || request.planVersion > state.latestPlanVersion) {
    throw new StoreError(
      "plan.not-found",
      {
        vi: `không có phiên bản ${request.planVersion} của kế hoạch "${request.plan}"`,
        en: `plan "${request.plan}" has no version ${request.planVersion}`,
      },
      { plan: request.plan, version: request.planVersion },
    );
  }
  return request.planVersion;
}

/** The new rows, each chained to the one before it from the current head. */
function chainRows(state: AppendState, request: AppendRequest, planVersion: number | null): EventRow[] {
  const rows: EventRow[] = [];
  let prevHash = state.head.hash;
  let position = state.head.position;
  let streamVersion = state.streamVersion;
  for (const event of request.events) {
    position++;
    streamVersion++;
    // Built once with its final shape; the hash is filled in after it is computed over the other fields.
    const row: EventRow = {
      position,
      eventId: event.id,
      plan: request.plan,
      planVersion,
      activity: event.activity,
      ward: event.ward ?? null,
      streamVersion,
      type: event.type,
      byUnit: event.by.unit,
      byPerson: event.by.person ?? null,
      at: event.at,
      machineVersion: event.machineVersion,
      payload: canonicalJson(event.payload),
      recordedAt: request.recordedAt,
      prevHash,
      hash: "",
    };
    row.hash = hashEventRow(row);
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}
