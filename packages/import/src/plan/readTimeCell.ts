import type { PeriodResult } from "@kehoach/period";
import type { Column } from "../table/recogniseColumns";
import { copyPlain } from "./copyPlain";
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

/** Reads the time cells of one table column: text → period, or null for an empty cell (or no parser). */
export type TimeCellReader = (text: string) => PeriodResult | null;

/**
 * The reader of one table's time column ({@link readTimeCell} for each
 * cell), with the column's year ("Thời gian (Năm 2026)") before the plan's.
 * Time cells repeat row after row ("Trong năm 2024", "Quý II/2024"), so each
 * distinct text is read once; a text met again gets a deep copy of the first
 * result, so no two activities share an object. The parser gets one options
 * object for the whole column (it prepares, validates, each options object
 * once): no module-level state, one per table of each import.
 */
export function createTimeCellReader(
  column: Column,
  context: TimeContext,
  tools: Pick<ImportTools, "parsePeriod" | "findDocumentRefs">,
): TimeCellReader {
  const year = column.year ?? context.year;
  const options: TimeOptions =
    context.documentDate === null ? { year } : { year, documentDate: context.documentDate };
  const read = new Map<string, PeriodResult | null>();
  return (text) => {
    const known = read.get(text);
    if (known !== undefined) return known === null ? null : copyPlain(known);
    const result = readTimeCell(text, options, context.captionDay, tools);
    read.set(text, result);
    return result;
  };
}

/**
 * Reads a time cell through the period parser, the way the document means it:
 * a time of day
 * alone on the day the caption names; the dates of cited documents ("Theo
 * các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025") are not
 * deadlines — such a cell is relative to the document it cites.
 */
function readTimeCell(
  text: string,
  options: TimeOptions,
  captionDay: string | null,
  tools: Pick<ImportTools, "parsePeriod" | "findDocumentRefs">,
): PeriodResult | null {
  const parse = tools.parsePeriod;
  if (text === "" || parse === null) return null;
  if (captionDay !== null && TIME_OF_DAY.test(text)) return parse(`${text} ${captionDay}`, options);
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
