import { dayNumber, dayNumberFromIso } from "../calendar/dayNumber";
import { compileVocabulary } from "../locale/vi/compileVocabulary";
import { createConfiguration } from "../locale/vi/createConfiguration";
import { type ParsePeriodOptions, ParsePeriodOptionsSchema } from "../ParsePeriodOptions";
import type { PeriodDiagnostic } from "../PeriodResult";
import type { VocabularyOption } from "../PeriodVocabulary";
import { tokenize } from "../text/tokenize";
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

const validated = new WeakMap<object, ReturnType<typeof ParsePeriodOptionsSchema.safeParse>>();

/** The options object validated last and its result: a loop reusing one options object skips the WeakMap. */
let lastOptions: object | null = null;
let lastValidated: ReturnType<typeof ParsePeriodOptionsSchema.safeParse> | null = null;
/** The result for "no options", computed once. */
const noOptions = ParsePeriodOptionsSchema.safeParse({});

/** Validates options with zod, once per options object (callers usually reuse one). */
function validateOptions(options: unknown) {
  if (options === undefined) return noOptions;
  if (typeof options !== "object" || options === null)
    return ParsePeriodOptionsSchema.safeParse(options ?? {});
  if (options === lastOptions && lastValidated !== null) return lastValidated;
  let result = validated.get(options);
  if (!result) {
    result = ParsePeriodOptionsSchema.safeParse(options);
    validated.set(options, result);
  }
  lastOptions = options;
  lastValidated = result;
  return result;
}

/**
 * The NFC form of `text`. Text made only of code units below U+0300 (no combining marks) and
 * precomposed Vietnamese letters (U+1E00–U+1EFF) and general punctuation (U+2002–U+206F: dashes,
 * quotes), when no combining mark follows, is already NFC:
 * it is returned as is, without a round trip through ICU.
 */
function toNfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && (code < 0x1e00 || code > 0x1eff) && (code < 0x2002 || code > 0x206f))
      return text.normalize("NFC");
  }
  return text;
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
  if (typeof text === "string") source = toNfc(text);
  else {
    diagnostics.push({
      code: "invalid-input",
      severity: "error",
      vi: "Đầu vào phải là một chuỗi văn bản",
      en: "The input must be a string",
      span: null,
    });
  }
  const parsed = validateOptions(options);
  let opts: ParsePeriodOptions = {};
  if (parsed.success) opts = parsed.data;
  else {
    const issue = parsed.error.issues[0];
    diagnostics.push({
      code: "invalid-options",
      severity: "error",
      vi: `Tùy chọn không hợp lệ (${issue?.path.join(".") ?? ""}): ${issue?.message ?? ""}; đã bỏ qua`,
      en: `Invalid options (${issue?.path.join(".") ?? ""}): ${issue?.message ?? ""}; ignored`,
      span: null,
    });
  }
  let anniversary = dateOption(opts.anniversary);
  if (opts.anniversary !== undefined && anniversary === null) anniversary = null;
  const optionYear = opts.year ?? yearOfDate(opts.referenceDate) ?? yearOfDate(opts.documentDate);
  const reference: ReferenceYear =
    optionYear !== null && optionYear !== undefined && Number.isFinite(optionYear)
      ? { year: optionYear, source: "option" }
      : { year: new Date(Date.now() + 7 * 3600_000).getUTCFullYear(), source: "today" };
  const context: ParsingContext = {
    text: source,
    tokens: tokenize(source),
    vocabulary: vocabularyFor(opts.vocabulary),
    anniversary,
    referenceDay: dateOption(opts.referenceDate),
    documentDay: dateOption(opts.documentDate),
    diagnostics,
  };
  return { context, configuration: opts.configuration ?? defaultConfiguration, reference };
}
