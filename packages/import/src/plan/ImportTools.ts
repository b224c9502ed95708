import type { Diagnostic, Level, SourceLocation, Target, UnitRef, UnitRegistry } from "@kehoach/core";
import * as core from "@kehoach/core";
import type { ParsePeriodOptions, PeriodResult } from "@kehoach/period";
import * as period from "@kehoach/period";

/**
 * The resolvers the importer calls for the meaning of cells. By default they
 * are `@kehoach/period`'s `parsePeriod` and `@kehoach/core`'s `resolveUnits`,
 * `findDocumentRefs` and `findTargets`; an embedder may replace any of them.
 * A resolver that the installed packages do not provide is `null` and the
 * field it fills stays empty (with an "import.resolver-failed" note).
 */
export interface ImportTools {
  /** `documentDate`: the plan's issue date read from the document (ISO), for "… kể từ ngày ban hành". */
  parsePeriod: ((text: string, options: { year: number; documentDate?: string }) => PeriodResult) | null;
  resolveUnits:
    | ((
        text: string,
        options: { registry: UnitRegistry; date: string | null; location: SourceLocation | null },
      ) => { refs: UnitRef[]; diagnostics: Diagnostic[] })
    | null;
  /** Cited documents, with where each stands in the text (`span`, character offsets) when the resolver knows. */
  findDocumentRefs:
    | ((text: string) => { ref: core.DocumentRef; span?: { start: number; end: number } }[])
    | null;
  findTargets: ((text: string, options: { level: Level }) => Target[]) | null;
}

function pick<T>(module: object, name: string): T | null {
  const value = (module as Record<string, unknown>)[name];
  return typeof value === "function" ? (value as T) : null;
}

/**
 * The resolvers of the installed `@kehoach/period` and `@kehoach/core`.
 * `vocabulary` (the plugins' time words) is passed to every `parsePeriod` call.
 */
export function defaultImportTools(
  vocabulary: NonNullable<ParsePeriodOptions["vocabulary"]> = [],
): ImportTools {
  const parse = pick<typeof period.parsePeriod>(period, "parsePeriod");
  const hasWords = !Array.isArray(vocabulary) || vocabulary.length > 0;
  // The parser prepares (validates) each options object once: the same caller options, with the same
  // values, get the same object back.
  let given: { year: number; documentDate?: string } | null = null;
  let withWords: ParsePeriodOptions | null = null;
  return {
    parsePeriod:
      parse === null
        ? null
        : hasWords
          ? (text, options) => {
              if (
                withWords === null ||
                options !== given ||
                withWords.year !== options.year ||
                withWords.documentDate !== options.documentDate
              ) {
                given = options;
                withWords = { ...options, vocabulary };
              }
              return parse(text, withWords);
            }
          : parse,
    resolveUnits: pick(core, "resolveUnits"),
    findDocumentRefs: pick(core, "findDocumentRefs"),
    findTargets: pick(core, "findTargets"),
  };
}
