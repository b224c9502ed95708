import type { Chunk, Refiner } from "./engine/Chunk";
import { prepareContext } from "./engine/prepareContext";
import { reportFailure, runParsers } from "./engine/runParsers";
import type { ParsePeriodOptions } from "./ParsePeriodOptions";
import type { PeriodResult } from "./PeriodResult";
import { parsePeriod } from "./parsePeriod";

/** A time expression found inside a longer text. */
export interface FoundPeriod {
  /** The expression as written. */
  text: string;
  /** Character offsets `[start, end)` in the NFC-normalised input. */
  span: { start: number; end: number };
  /** The expression read on its own, with the year of its sentence when it gives none. */
  result: PeriodResult;
}

const REPORTED = new Set(["main", "start", "end", "deadline", "peak", "relative", "recurring"]);

function statedYear(chunk: Chunk): number | undefined {
  for (const item of chunk.items)
    if (item.year !== undefined && item.yearSource === "stated") return item.year;
  return undefined;
}

/**
 * Finds every time expression in a longer text ("Tổ chức Lễ gắn biển tháng 6/2024" → "tháng 6/2024"),
 * in order, with its span and its reading. Never throws; linear in the length of the text.
 *
 * @param text any text: an activity title, a paragraph, a whole plan.
 * @param options as for `parsePeriod`; a missing year is taken from the nearest expression that states one, then from `year`/`referenceDate`.
 */
export function findPeriods(text: string, options?: ParsePeriodOptions): FoundPeriod[] {
  const { context, configuration } = prepareContext(text, options);
  let chunks = runParsers(context, configuration);
  const { refiners } = configuration;
  // An index loop: no iterator objects per parse.
  for (let r = 0; r < refiners.length; r++) {
    const refiner = refiners[r] as Refiner;
    try {
      chunks = refiner.refine(context, chunks);
    } catch (error) {
      reportFailure(context, `refiner ${refiner.name}`, error);
    }
  }
  const found: FoundPeriod[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k] as Chunk;
    if (!REPORTED.has(chunk.role)) continue;
    const a = context.tokens[chunk.from];
    const b = context.tokens[chunk.to - 1];
    if (!a || !b) continue;
    let year = statedYear(chunk);
    for (let d = 1; d <= 3 && year === undefined; d++) {
      const next = chunks[k + d];
      const prev = chunks[k - d];
      year = (next && statedYear(next)) ?? (prev && statedYear(prev));
    }
    const slice = context.text.slice(a.start, b.end);
    const own = { ...(options ?? {}) };
    if (year !== undefined && own.year === undefined) own.year = year;
    found.push({ text: slice, span: { start: a.start, end: b.end }, result: parsePeriod(slice, own) });
  }
  return found;
}
