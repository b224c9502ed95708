import type { Diagnostic, Plan, Plugin } from "@kehoach/core";
import type { DocumentMeasure } from "./measureDocument";
import type { DiagnosticSummary, PlanPreview } from "./previewOf";
import type { UploadLimits, UploadRefusal } from "./UploadLimits";

/** A plugin as the import worker gets it: data only (units, wards, time words, shipped plans), no functions. */
export type PluginData = Pick<
  Plugin,
  "id" | "name" | "version" | "units" | "wards" | "anniversary" | "plans" | "periodVocabulary"
>;

/** The part of a plugin the importer reads, safe to copy into a worker. */
export function pluginData(plugin: Plugin): PluginData {
  const { id, name, version, units, wards, anniversary, plans, periodVocabulary } = plugin;
  return { id, name, version, units, wards, anniversary, plans, periodVocabulary };
}

/** What the import worker starts with. */
export interface ImportWorkerData {
  plugins: PluginData[];
  limits: UploadLimits;
}

/** One document to read. */
export interface ImportJob {
  data: Uint8Array;
  fileName?: string;
  year?: number;
  /** Send the whole plan back (to save it); a preview needs only the summary. */
  keepPlan: boolean;
}

/** What the worker answers for a job. */
export type ImportAnswer =
  | { ok: false; refusal: UploadRefusal }
  | {
      ok: true;
      measure: DocumentMeasure;
      /** The plan, when asked for and read. */
      plan: Plan | null;
      preview: PlanPreview | null;
      diagnostics: DiagnosticSummary;
      /** The first error, when no plan could be read. */
      firstError: Diagnostic | null;
    };

/** Messages from the worker. */
export type WorkerMessage = { type: "ready" } | { type: "done"; id: number; answer: ImportAnswer };
