import type { PeriodResult } from "@kehoach/period";
import type { Column } from "../table/recogniseColumns";
import type { ImportTools } from "./ImportTools";

/** What a time cell is read against besides its own text. */
export interface TimeContext {
  /** The plan year (cells without a year), unless the column header gives one. */
  year: number;
  /** A single day the table's caption names ("ngày 09/10/2025"): the day of an agenda's times of day. */
  captionDay: string | null;
  /** The plan's issue date read from the document (ISO), for "… kể từ ngày ban hành Kế hoạch". */
  documentDate: string | null;
}

/** A time of day alone: "07h45 - 8h00", "10h30", "Từ 20 giờ 15 phút - 20 giờ 45 phút". */
const TIME_OF_DAY =
  /^\s*(?:từ\s*)?\d{1,2}\s*(?:h|giờ)\s*(?:\d{1,2}\s*(?:phút)?)?(?:\s*[-–]\s*\d{1,2}\s*(?:h|giờ)\s*(?:\d{1,2}\s*(?:phút)?)?)?\s*\.?\s*$/iu;

/** The one day a caption names ("Thời gian: ½ ngày, bắt đầu lúc 08h00, ngày 09/10/2025"), or null. */
export function captionDayOf(lines: readonly string[]): string | null {
  const days = new Set<string>();
  for (const line of lines)
    for (const match of line.matchAll(/ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})\b/giu)) days.add(match[1]!);
  return days.size === 1 ? `ngày ${[...days][0]!}` : null;
}

type TimeOptions = { year: number; documentDate?: string };
/** The options object asked for last: the parser prepares (validates) each options object once, so one is reused. */
let lastOptions: TimeOptions | null = null;

/** The period parser's options for a year and the document's date (the same object while they stay the same). */
function optionsFor(year: number, documentDate: string | null): TimeOptions {
  if (
    lastOptions !== null &&
    lastOptions.year === year &&
    lastOptions.documentDate === (documentDate ?? undefined)
  )
    return lastOptions;
  const options: TimeOptions = documentDate === null ? { year } : { year, documentDate };
  lastOptions = options;
  return options;
}

/**
 * Reads a time cell through the period parser, the way the document means it:
 * the column's year ("Thời gian (Năm 2026)") before the plan's; a time of day
 * alone on the day the caption names; the dates of cited documents ("Theo
 * các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025") are not
 * deadlines — such a cell is relative to the document it cites.
 */
export function readTimeCell(
  text: string,
  column: Column,
  context: TimeContext,
  tools: Pick<ImportTools, "parsePeriod" | "findDocumentRefs">,
): PeriodResult | null {
  const parse = tools.parsePeriod;
  if (text === "" || parse === null) return null;
  const year = column.year ?? context.year;
  const options = optionsFor(year, context.documentDate);
  if (context.captionDay !== null && TIME_OF_DAY.test(text))
    return parse(`${text} ${context.captionDay}`, options);
  const refs = tools.findDocumentRefs?.(text) ?? [];
  const spans = refs.flatMap((found) => (found.span === undefined ? [] : [found.span]));
  if (spans.length === 0) return parse(text, options);
  let stripped = "";
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    stripped += `${text.slice(at, Math.max(at, span.start))} `;
    at = Math.max(at, span.end);
  }
  stripped += text.slice(at);
  const result = parse(stripped.replace(/\s+/gu, " ").trim(), options);
  if (result.kind !== "unknown") return { ...result, text };
  // Only the cited document says when: relative to it.
  const cited = text.slice(spans[0]!.start, spans[0]!.end);
  return {
    text,
    kind: "relative",
    start: null,
    end: null,
    deadline: null,
    peak: null,
    milestones: [],
    lunar: false,
    relative: { to: cited, text },
    diagnostics: [],
  };
}
