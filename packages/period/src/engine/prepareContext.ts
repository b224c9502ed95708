import { dayNumber, dayNumberFromIso } from "../calendar/dayNumber";
import { safeParseArgument, zodIssuesToPeriodDiagnostics } from "../errors/checkArgument";
import { compileVocabulary } from "../locale/vi/compileVocabulary";
import { createConfiguration } from "../locale/vi/createConfiguration";
import { type ParsePeriodOptions, ParsePeriodOptionsSchema } from "../ParsePeriodOptions";
import type { PeriodDiagnostic } from "../PeriodResult";
import type { VocabularyOption } from "../PeriodVocabulary";
import { type Token, tokenize, tokenizeIfNfc } from "../text/tokenize";
import type { ReferenceYear } from "./assembleResult";
import type { CompiledVocabulary, ParsingContext } from "./Chunk";
import type { Configuration } from "./Configuration";

const defaultConfiguration = createConfiguration();
const defaultVocabulary = compileVocabulary();
const vocabularyCache = new WeakMap<object, CompiledVocabulary>();

function vocabularyFor(extra: VocabularyOption | undefined): CompiledVocabulary {
  if (!extra) return defaultVocabulary;
  const cached = vocabularyCache.get(extra);
  if (cached) return cached;
  const compiled = compileVocabulary(Array.isArray(extra) ? extra : [extra]);
  vocabularyCache.set(extra, compiled);
  return compiled;
}

/** What a parse needs of its options, validated and read once per options object. */
interface PreparedOptions {
  /** The validated options (empty when invalid). */
  opts: ParsePeriodOptions;
  /** One diagnostic per zod issue when the options are invalid (zod's `vi` and `en` wording, with the path). */
  invalid: PeriodDiagnostic[];
  vocabulary: CompiledVocabulary;
  anniversary: number | null;
  referenceDay: number | null;
  documentDay: number | null;
  /** The year the options give, or null (the current year is then read at each parse). */
  year: number | null;
  /** A date option is a `Date` (mutable): the days and the year are read again at each parse. */
  hasDateObject: boolean;
}

/** The days and the year the date options give. */
function readDates(
  opts: ParsePeriodOptions,
): Pick<PreparedOptions, "anniversary" | "referenceDay" | "documentDay" | "year"> {
  const optionYear = opts.year ?? yearOfDate(opts.referenceDate) ?? yearOfDate(opts.documentDate);
  return {
    anniversary: dateOption(opts.anniversary),
    referenceDay: dateOption(opts.referenceDate),
    documentDay: dateOption(opts.documentDate),
    year: optionYear !== null && optionYear !== undefined && Number.isFinite(optionYear) ? optionYear : null,
  };
}

function prepareOptions(options: unknown): PreparedOptions {
  const parsed = safeParseArgument(ParsePeriodOptionsSchema, options ?? {});
  const opts: ParsePeriodOptions = parsed.success ? parsed.data : {};
  return {
    opts,
    invalid: parsed.success ? [] : ignoredOptions(parsed.error.issues),
    vocabulary: vocabularyFor(opts.vocabulary),
    ...readDates(opts),
    hasDateObject:
      opts.anniversary instanceof Date ||
      opts.referenceDate instanceof Date ||
      opts.documentDate instanceof Date,
  };
}

/** Invalid options are ignored (the parse goes on without them), and the diagnostics say so. */
function ignoredOptions(issues: Parameters<typeof zodIssuesToPeriodDiagnostics>[2]): PeriodDiagnostic[] {
  return zodIssuesToPeriodDiagnostics("invalid-options", { vi: "Tùy chọn", en: "option" }, issues).map(
    (d) => ({
      ...d,
      vi: `${d.vi}; đã bỏ qua mọi tùy chọn`,
      en: `${d.en}; all options ignored`,
    }),
  );
}

const prepared = new WeakMap<object, PreparedOptions>();

/** The options object prepared last and its result: a loop reusing one options object skips the WeakMap. */
let lastOptions: object | null = null;
let lastPrepared: PreparedOptions | null = null;
/** "No options", prepared once (at first use: the module's helpers are defined below). */
let noOptions: PreparedOptions | null = null;

/** Validates options with zod and reads them, once per options object (callers usually reuse one). */
function optionsFor(options: unknown): PreparedOptions {
  if (options === undefined) {
    noOptions ??= prepareOptions({});
    return noOptions;
  }
  if (typeof options !== "object" || options === null) return prepareOptions(options);
  if (options === lastOptions && lastPrepared !== null) return lastPrepared;
  let result = prepared.get(options);
  if (!result) {
    result = prepareOptions(options);
    prepared.set(options, result);
  }
  lastOptions = options;
  lastPrepared = result;
  return result;
}

/** A date option as a Julian day number (a `Date` is read at UTC+7). */
function dateOption(value: string | Date | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value === "string") return dayNumberFromIso(value.slice(0, 10));
  const local = new Date(value.getTime() + 7 * 3600_000);
  if (Number.isNaN(local.getTime())) return null;
  return dayNumber(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

function yearOfDate(value: string | Date | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value === "string") return Number(value.slice(0, 4));
  const local = new Date(value.getTime() + 7 * 3600_000);
  return Number.isNaN(local.getTime()) ? null : local.getUTCFullYear();
}

/** Everything a parse needs: the context, the configuration and the reference year. */
export interface PreparedParse {
  context: ParsingContext;
  configuration: Configuration;
  reference: ReferenceYear;
}

/** Validates the input and options (never throws) and tokenises the NFC text. */
export function prepareContext(text: unknown, options: unknown): PreparedParse {
  const diagnostics: PeriodDiagnostic[] = [];
  let source = "";
  let tokens: Token[] | null = null;
  if (typeof text === "string") {
    // Text that is already NFC is tokenised in the pass that checks it (no round trip through ICU).
    tokens = tokenizeIfNfc(text);
    source = tokens === null ? text.normalize("NFC") : text;
  } else {
    diagnostics.push({
      code: "invalid-input",
      severity: "error",
      vi: "Đầu vào phải là một chuỗi văn bản",
      en: "The input must be a string",
      span: null,
    });
  }
  const cached = optionsFor(options);
  const prepared = cached.hasDateObject ? { ...cached, ...readDates(cached.opts) } : cached;
  // A copy each parse: the prepared diagnostics are shared by every parse with these options.
  for (const d of prepared.invalid) diagnostics.push({ ...d, path: [...(d.path ?? [])] });
  const reference: ReferenceYear =
    prepared.year !== null
      ? { year: prepared.year, source: "option" }
      : { year: new Date(Date.now() + 7 * 3600_000).getUTCFullYear(), source: "today" };
  const context: ParsingContext = {
    text: source,
    tokens: tokens ?? tokenize(source),
    vocabulary: prepared.vocabulary,
    anniversary: prepared.anniversary,
    referenceDay: prepared.referenceDay,
    documentDay: prepared.documentDay,
    diagnostics,
  };
  return { context, configuration: prepared.opts.configuration ?? defaultConfiguration, reference };
}
