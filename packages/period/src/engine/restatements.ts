import { isoFromDayNumber } from "../calendar/dayNumber";
import { lunarFromDayNumber } from "../lunar/lunarFromDayNumber";
import type { Chunk, ParsingContext } from "./Chunk";
import { diagnostic } from "./diagnostic";
import type { DayInterval, Moment } from "./Moment";

/** A resolved solar chunk: the chunk and its days (one interval per item, or the range). */
export interface SolarReference {
  chunk: Chunk;
  interval: DayInterval;
  parts: DayInterval[];
}

/** Whether the lunar day `moment` restates the solar day `jd` (compared month and day, so no year is needed). */
function agrees(moment: Moment, jd: number): boolean {
  if (moment.unit !== "day" || moment.month === undefined || moment.day === undefined) return true;
  const lunar = lunarFromDayNumber(jd, 7);
  return lunar.month === moment.month && lunar.day === moment.day;
}

/** The solar days a restatement's items stand for: the range's ends, the list's days, or the single day. */
function solarDays(reference: SolarReference, restatement: Chunk): number[] {
  const items = restatement.items.length;
  const { chunk, interval, parts } = reference;
  if (chunk.range) {
    if (items >= 2) return [interval.start, interval.end];
    // A restatement between the ends ("từ 12/2 (tức …) đến 22/2") restates the start; after them, the end.
    return [restatement.from < chunk.to ? interval.start : interval.end];
  }
  if (parts.length === items) return parts.map((p) => p.start);
  return [interval.start];
}

/**
 * Checks each lunar restatement ("(tức 26 tháng Chạp)") against the solar date it follows, with the
 * Vietnamese lunar calendar: a mismatch is a `calendar-mismatch` warning, located on the restatement.
 * The solar dates are kept either way.
 */
export function checkRestatements(
  chunks: readonly Chunk[],
  references: readonly SolarReference[],
  context: ParsingContext,
): void {
  // Both lists are in text order: the reference of a restatement is the last solar date starting before it.
  let next = 0;
  let reference: SolarReference | undefined;
  for (const chunk of chunks) {
    if (!chunk.restatement) continue;
    while (next < references.length && (references[next] as SolarReference).chunk.from <= chunk.from) {
      const r = references[next++] as SolarReference;
      if (r.chunk.role !== "equivalent") reference = r;
    }
    if (!reference) continue;
    const days = solarDays(reference, chunk);
    const moments =
      days.length === 2 && chunk.items.length >= 2 ? [chunk.items[0], chunk.items.at(-1)] : chunk.items;
    const wrong = days.findIndex((jd, n) => {
      const m = moments[n];
      return m !== undefined && !agrees(m, jd);
    });
    if (wrong < 0) continue;
    const day = days[wrong] as number;
    const lunar = lunarFromDayNumber(day, 7);
    const solar = isoFromDayNumber(day);
    context.diagnostics.push(
      diagnostic(
        "calendar-mismatch",
        "warning",
        `Ngày âm lịch ghi kèm không khớp: ${solar} là ngày ${lunar.day} tháng ${lunar.month}${lunar.leap ? " nhuận" : ""} âm lịch; dùng ngày dương lịch`,
        `The lunar restatement disagrees: ${solar} is lunar ${lunar.day}/${lunar.month}${lunar.leap ? " (leap)" : ""}; the solar date is used`,
        context.tokens,
        chunk.from,
        chunk.to,
      ),
    );
  }
}
