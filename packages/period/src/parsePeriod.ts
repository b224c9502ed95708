import { assembleResult } from "./engine/assembleResult";
import type { Chunk, Refiner } from "./engine/Chunk";
import { prepareContext } from "./engine/prepareContext";
import { reportFailure, runParsers } from "./engine/runParsers";
import type { ParsePeriodOptions } from "./ParsePeriodOptions";
import type { PeriodResult } from "./PeriodResult";

/**
 * Reads a Vietnamese time expression (a plan's "Thời gian" cell) into dates.
 *
 * Never throws: text it cannot read gives `kind: "unknown"` with diagnostics; invalid options
 * are reported as a diagnostic and ignored. Matching is accent-, case- and tone-placement-insensitive,
 * and linear in the length of the text.
 *
 * @param text the phrase, e.g. "Quý III-IV/2024" or "Hoàn thành trước ngày 30/11/2024".
 * @param options `year` / `referenceDate` (fill a missing year), `anniversary`, `vocabulary`, `configuration`.
 * @returns a `PeriodResult` (see `PeriodResultSchema`); `text` is the NFC-normalised input.
 * @example
 * ```ts
 * import { parsePeriod } from "@kehoach/period";
 *
 * parsePeriod("Từ tháng 4-10/2024");
 * // { kind: "span", start: "2024-04-01", end: "2024-10-31", deadline: null, … }
 * ```
 */
export function parsePeriod(text: string, options?: ParsePeriodOptions): PeriodResult {
  const { context, configuration, reference } = prepareContext(text, options);
  let chunks: Chunk[] = runParsers(context, configuration);
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
  return assembleResult(context, chunks, reference);
}
