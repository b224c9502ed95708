import { dayNumber, daysInMonth, fromDayNumber } from "../calendar/dayNumber";
import type { PeriodResult } from "../PeriodResult";
import type { Chunk, RelativeOffset } from "./Chunk";

/** Anchors that fall on the document's own date: its issue (ban hành) and its signature (ký). */
const DOCUMENT_ANCHORS = new Set(["issue", "signature"]);

/** The day `months` calendar months after `jd` (the last day of a shorter month when needed). */
function addMonths(jd: number, months: number): number {
  const { year, month, day } = fromDayNumber(jd);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The day an offset from the document date lands on ("100 ngày kể từ ngày ban hành": the document
 * date + 100 days), or null when it cannot be known: no document date, an anchor that is not the
 * document's own date (the day it is received), or working days (they depend on holidays).
 */
export function offsetDay(offset: RelativeOffset, documentDay: number | null): number | null {
  if (documentDay === null || !DOCUMENT_ANCHORS.has(offset.anchor)) return null;
  switch (offset.unit) {
    case "day":
      return documentDay + offset.amount;
    case "week":
      return documentDay + 7 * offset.amount;
    case "month":
      return addMonths(documentDay, offset.amount);
    case "year":
      return addMonths(documentDay, 12 * offset.amount);
    default:
      return null;
  }
}

/** The result's `relative` field for a relative chunk: what it is tied to and, for offsets, the offset and its anchor. */
export function relativeField(chunk: Chunk, text: string): NonNullable<PeriodResult["relative"]> {
  const to = chunk.relativeTo ?? "event";
  const { offset } = chunk;
  if (!offset) return { to, text };
  return {
    to,
    text,
    offset: { amount: offset.amount, unit: offset.unit, after: offset.after },
    anchor: offset.anchor,
  };
}
