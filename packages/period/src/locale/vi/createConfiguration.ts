import type { Configuration } from "../../engine/Configuration";
import { anniversaryParser } from "./parsers/anniversaryParser";
import { clockParser, dayPartParser } from "./parsers/clockParser";
import { dayParser } from "./parsers/dayParser";
import { documentOffsetParser } from "./parsers/documentOffsetParser";
import { halfYearParser } from "./parsers/halfYearParser";
import { lunarDayParser } from "./parsers/lunarDayParser";
import { recurringParser, relativeParser } from "./parsers/markerParsers";
import { monthParser } from "./parsers/monthParser";
import { monthPartParser } from "./parsers/monthPartParser";
import { namedDayParser } from "./parsers/namedDayParser";
import { nowParser } from "./parsers/nowParser";
import { quarterParser } from "./parsers/quarterParser";
import { relativeUnitParser } from "./parsers/relativeUnitParser";
import { weekdayParser } from "./parsers/weekdayParser";
import { yearParser } from "./parsers/yearParser";
import { deadlineRefiner, openBoundRefiner, peakRefiner } from "./refiners/boundRefiners";
import { equivalenceRefiner } from "./refiners/equivalenceRefiner";
import { lunarSuffixRefiner } from "./refiners/lunarSuffixRefiner";
import { rangeRefiner } from "./refiners/rangeRefiner";
import { referenceRefiner } from "./refiners/referenceRefiner";
import { restatementRefiner } from "./refiners/restatementRefiner";

/** Options of {@link createConfiguration}. */
export interface ConfigurationOptions {
  /** Leave out the lunar parsers and the lunar marker ("âm lịch") refiner. */
  solarOnly?: boolean;
}

/**
 * The Vietnamese configuration: parsers for clock times and weekdays (skipped), days, months,
 * quarters, years, windows ("đầu tháng", "tuần đầu"), "N tháng đầu năm", lunar days, named days,
 * anniversaries, "từ nay", relative and recurring markers; refiners for lunar markers, equivalent dates,
 * ranges, peaks, deadlines and open bounds, and years that name a cited plan ("Theo Kế hoạch … năm 2026"). Returns fresh arrays: push your own parser or refiner
 * and pass the result as `parsePeriod(text, { configuration })`.
 *
 * @example
 * ```ts
 * import { createConfiguration, type Parser, parsePeriod } from "@kehoach/period";
 *
 * // "Festival" is the 14th of July of the year the options give.
 * const festival: Parser = {
 *   name: "festival",
 *   triggers: ["festival"],
 *   extract: (_context, i) => ({
 *     parser: "festival",
 *     from: i,
 *     to: i + 1,
 *     items: [{ unit: "day", month: 7, day: 14 }],
 *     range: false,
 *     role: "main",
 *   }),
 * };
 * const configuration = createConfiguration();
 * configuration.parsers.push(festival);
 * parsePeriod("Festival", { year: 2025, configuration }); // { kind: "span", start: "2025-07-14", end: "2025-07-14", … }
 * ```
 */
export function createConfiguration(options: ConfigurationOptions = {}): Configuration {
  const parsers = [
    clockParser,
    dayPartParser,
    weekdayParser,
    anniversaryParser,
    relativeParser,
    documentOffsetParser,
    recurringParser,
    halfYearParser,
    monthPartParser,
    quarterParser,
    dayParser,
    monthParser,
    yearParser,
    namedDayParser,
    lunarDayParser,
    nowParser,
    relativeUnitParser,
  ].filter((p) => !options.solarOnly || p !== lunarDayParser);
  const refiners = [
    lunarSuffixRefiner,
    equivalenceRefiner,
    restatementRefiner,
    rangeRefiner,
    peakRefiner,
    deadlineRefiner,
    openBoundRefiner,
    referenceRefiner,
  ].filter((r) => !options.solarOnly || r !== lunarSuffixRefiner);
  return { parsers, refiners };
}
