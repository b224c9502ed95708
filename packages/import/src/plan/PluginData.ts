import type { Anniversary, UnitInput, WardInput } from "@kehoach/core";
import type { ParsePeriodOptions } from "@kehoach/period";
import type { ColumnSynonym } from "../table/columnSynonyms";
import type { ShippedPlan } from "./planIdOf";

/** What the plan builder needs from a plugin: its units, wards and anniversary. */
export interface PluginData {
  id: string;
  /** Its version (semver): the plan records `^version` in `plan.plugins`. */
  version?: string;
  units?: readonly UnitInput[];
  wards?: readonly WardInput[];
  anniversary?: Anniversary | null;
  /** The plan documents it ships: importing one of them gives the plan its id. */
  plans?: readonly ShippedPlan[];
  /** Its time words (core's `periodVocabulary`), passed to `parsePeriod` for every time cell. */
  periodVocabulary?: readonly PeriodVocabularyWord[];
  /** Table header wordings its offices use (core's `columnSynonyms`), tried before the built-in ones. */
  columnSynonyms?: readonly ColumnSynonym[];
}

/** One time word of a plugin, as core's `definePlugin` takes it (see `@kehoach/period`'s vocabulary option). */
export type PeriodVocabularyWord = Extract<
  NonNullable<ParsePeriodOptions["vocabulary"]>,
  readonly unknown[]
>[number];
