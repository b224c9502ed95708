import type { EventRow } from "./backend/Backend";
import { HASHED_EVENT_KEYS } from "./backend/eventRowFields";
import { sha256 } from "./sha256";

/** The hash before the first event: 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * The chain hash of an event row: SHA-256 over the previous hash and every
 * stored field (position, plan and stream place, envelope, payload text,
 * recording time), in the order of `EVENT_ROW_FIELDS`. Any edit of a stored
 * field changes it.
 */
export function hashEventRow(row: Omit<EventRow, "hash">): string {
  const values: unknown[] = [];
  for (const key of HASHED_EVENT_KEYS) values.push(row[key as keyof typeof row]);
  return sha256(`${row.prevHash}\n${JSON.stringify(values)}`);
}
