import type { PlanEvent } from "@kehoach/core";
import type { EventRow } from "./backend/Backend";
import type { StoredEvent } from "./Store";

/** Turns a stored row back into a {@link StoredEvent} (the `PlanEvent` envelope with its place and hash). */
export function rowToStoredEvent(row: EventRow): StoredEvent {
  const by: PlanEvent["by"] =
    row.byPerson === null ? { unit: row.byUnit } : { unit: row.byUnit, person: row.byPerson };
  const event: PlanEvent = {
    id: row.eventId,
    activity: row.activity,
    type: row.type,
    by,
    at: row.at,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    machineVersion: row.machineVersion,
  };
  if (row.ward !== null) event.ward = row.ward;
  return {
    position: row.position,
    plan: row.plan,
    planVersion: row.planVersion,
    streamVersion: row.streamVersion,
    recordedAt: row.recordedAt,
    prevHash: row.prevHash,
    hash: row.hash,
    event,
  };
}
