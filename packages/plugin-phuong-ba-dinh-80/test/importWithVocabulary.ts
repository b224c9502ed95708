import type { Plugin } from "@kehoach/core";
import { type ImportResult, importPlan } from "@kehoach/import";
import { parsePeriod } from "@kehoach/period";

/**
 * Imports a plan text with a plugin, its time words included: `@kehoach/import`
 * reads time cells with `parsePeriod` and takes replacement resolvers, so the
 * plugin's `periodVocabulary` goes in through `tools.parsePeriod`.
 */
export function importWithVocabulary(
  text: string,
  plugin: Plugin,
  fileName = "sample-plan.txt",
): Promise<ImportResult> {
  return importPlan(
    { data: text, fileName },
    {
      plugins: [plugin],
      tools: {
        parsePeriod: (cell, options) =>
          parsePeriod(cell, { ...options, vocabulary: plugin.periodVocabulary }),
      },
    },
  );
}
