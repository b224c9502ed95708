import { isoFromDayNumber } from "../calendar/dayNumber";
import type { Chunk, ParsingContext } from "./Chunk";
import { diagnostic } from "./diagnostic";
import type { DayInterval } from "./Moment";
import { chunkText } from "./tokenText";

/** What the qualifier filter needs of a resolved chunk. */
interface Resolved {
  chunk: Chunk;
  interval: DayInterval;
}

const YEAR_UNITS = new Set(["year", "years", "schoolYear"]);

function isWholeYears(chunk: Chunk): boolean {
  return chunk.items.every((m) => YEAR_UNITS.has(m.unit) && m.part === undefined);
}

/** A year or a part of one ("cuối năm 2025", "lễ hội đầu năm"). */
function isYearish(chunk: Chunk): boolean {
  return chunk.items.every((m) => YEAR_UNITS.has(m.unit));
}

function isFiner(chunk: Chunk): boolean {
  return chunk.items.some((m) => !YEAR_UNITS.has(m.unit) || m.part !== undefined);
}

/**
 * In a sentence that names a day, month or quarter, a whole year ("Lễ hội … năm 2024 diễn ra từ ngày
 * 29/5-3/6", "năm học mới 2022-2023 … vào ngày 5/9/2022") or a named festival ("ban hành Kế hoạch ngày
 * 16/8 về tổ chức Tết Trung thu") names the setting, not the time: it is dropped from the part. An info
 * when the kept dates lie inside the dropped one, a `date-dropped` warning when they do not.
 */
export function dropQualifiers<T extends Resolved>(inPart: T[], context: ParsingContext): T[] {
  // Most parts have at most one main date: nothing to drop, nothing to allocate.
  let count = 0;
  for (const r of inPart) if (r.chunk.role === "main") count++;
  if (count < 2) return inPart;
  const mains = inPart.filter((r) => r.chunk.role === "main");
  const hasFiner = mains.some(
    (r) => !isWholeYears(r.chunk) && isFiner(r.chunk) && r.chunk.parser !== "namedDay",
  );
  const hasDay = mains.some((r) => r.chunk.parser === "day");
  const dropped = mains.filter(
    (r) =>
      (hasFiner && isWholeYears(r.chunk)) ||
      (hasDay && isYearish(r.chunk)) ||
      (hasDay && r.chunk.parser === "namedDay" && !r.chunk.items.some((m) => m.yearSource === "stated")),
  );
  if (dropped.length === 0 || dropped.length === mains.length) return inPart;
  const droppedSet = new Set<T>(dropped);
  const kept = inPart.filter((r) => !droppedSet.has(r));
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const r of kept) {
    if (r.chunk.role !== "main") continue;
    start = Math.min(start, r.interval.start);
    end = Math.max(end, r.interval.end);
  }
  for (const r of dropped) {
    const inside = r.interval.start <= start && end <= r.interval.end;
    const from = isoFromDayNumber(r.interval.start);
    const to = isoFromDayNumber(r.interval.end);
    context.diagnostics.push(
      inside
        ? diagnostic(
            "date-context",
            "info",
            `"${chunkText(r.chunk, context)}" là bối cảnh; dùng ngày cụ thể trong đó`,
            `"${chunkText(r.chunk, context)}" names the setting; the more precise date inside it is used`,
            context.tokens,
            r.chunk.from,
            r.chunk.to,
          )
        : diagnostic(
            "date-dropped",
            "warning",
            `Bỏ qua "${chunkText(r.chunk, context)}" (${from}..${to}), chỉ dùng ngày cụ thể hơn trong câu`,
            `Ignored "${chunkText(r.chunk, context)}" (${from}..${to}); only the more precise date of the phrase is used`,
            context.tokens,
            r.chunk.from,
            r.chunk.to,
          ),
    );
  }
  return kept;
}
