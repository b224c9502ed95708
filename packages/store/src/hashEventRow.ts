import { createHash, hash as oneShotHash } from "node:crypto";
import type { EventRow } from "./backend/Backend";

/** The hash before the first event: 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * The chain hash of an event row: SHA-256 over the previous hash and every
 * stored field (position, plan and stream place, envelope, payload text,
 * recording time). Any edit of a stored field changes it.
 */
export function hashEventRow(row: Omit<EventRow, "hash">): string {
  const body = JSON.stringify([
    row.position,
    row.eventId,
    row.plan,
    row.planVersion,
    row.activity,
    row.ward,
    row.streamVersion,
    row.type,
    row.byUnit,
    row.byPerson,
    row.at,
    row.machineVersion,
    row.payload,
    row.recordedAt,
  ]);
  const text = `${row.prevHash}\n${body}`;
  // One-shot hashing (Node 20.12+) skips the Hash object; older runtimes fall back to createHash.
  return typeof oneShotHash === "function"
    ? oneShotHash("sha256", text, "hex")
    : createHash("sha256").update(text).digest("hex");
}
