import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { LifecycleExtensionSchema } from "../lifecycle/LifecycleExtension";
import { AnniversarySchema, ColumnRoleSchema } from "../model/Plan";
import { IdSchema, UnitSchema, WardSchema } from "../model/Unit";

/** A plan document a plugin ships (the importer turns it into a `Plan`). */
export const PlanSourceSchema = z.object({
  /** Stable id, e.g. "ke-hoach-70-nam-giai-phong-thu-do". */
  id: IdSchema,
  title: z.string().min(1),
  /** How `content` is written: extracted text (tab-separated table rows), Markdown, HTML, or a `Plan` as JSON. */
  format: z.enum(["text", "markdown", "html", "json"]),
  /** The document itself (NFC). */
  content: z.string().min(1),
  /** A file name for messages and for tools that want a path ("ke-hoach-70-nam-giai-phong-thu-do.txt"). */
  fileName: z.string().min(1).optional(),
  /** The plan year, used to read time cells that omit it. */
  year: z.number().int().min(1900).max(2200),
  /** The issuer's unit id. */
  issuer: IdSchema.optional(),
  /** The date the plan speaks of (ISO), for units' and wards' validity; defaults to the year's 1 January. */
  date: IsoDateSchema.optional(),
});
/** A plan document a plugin ships (the importer turns it into a `Plan`) (validated by {@link PlanSourceSchema}). */
export type PlanSource = z.infer<typeof PlanSourceSchema>;

/** A time word a plugin adds to the period grammar, e.g. a local festival ("Lễ hội làng Mọc", 10/2 âm lịch). */
export const PeriodWordSchema = z.object({
  text: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  /** Month and day are in the lunar calendar. */
  lunar: z.boolean().default(false),
  /** How many days the occasion lasts. */
  days: z.number().int().positive().default(1),
});
/** A time word a plugin adds to the period grammar (validated by {@link PeriodWordSchema}). */
export type PeriodWord = z.infer<typeof PeriodWordSchema>;
/** What {@link PeriodWordSchema} accepts (before defaults are filled in): a time word a plugin adds to the period grammar. */
export type PeriodWordInput = z.input<typeof PeriodWordSchema>;

/** A table header wording a plugin teaches the importer ("Bộ phận đầu mối" → leads). */
export const ColumnSynonymSchema = z.object({
  role: ColumnRoleSchema,
  /** The wording as the plugin's offices write it; matched without tones, spacing or case. */
  label: z.string().min(1),
  /** The whole label, its start (default) or anywhere in it. */
  match: z.enum(["exact", "prefix", "contains"]).optional(),
});
/** A table header wording a plugin teaches the importer ("Bộ phận đầu mối" → leads) (validated by {@link ColumnSynonymSchema}). */
export type ColumnSynonym = z.infer<typeof ColumnSynonymSchema>;

/** Renders a report; the input is what `@kehoach/export` passes (a plan, its state and options). */
export type ExporterRender = (input: unknown) => string | Uint8Array | Promise<string | Uint8Array>;

/** A report exporter a plugin adds. */
export const ExporterSchema = z.object({
  id: IdSchema,
  /** The `--format` name, e.g. "docx-thanh-xuan". */
  format: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** File extension without the dot. */
  extension: z.string().regex(/^[a-z0-9]+$/),
  mediaType: z.string().min(3),
  label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  render: z.custom<ExporterRender>((value) => typeof value === "function", {
    message: "render must be a function",
    params: { vi: "render phải là một hàm" },
  }),
});
/** A report exporter a plugin adds (validated by {@link ExporterSchema}). */
export type Exporter = z.infer<typeof ExporterSchema>;

/** A plugin, validated. Made by `definePlugin`. */
export const PluginSchema = z.object({
  /** Stable id, e.g. "thanh-xuan-70". */
  id: IdSchema,
  name: z.string().min(1),
  /** Semantic version of the plugin's data. */
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  units: z.array(UnitSchema).default([]),
  wards: z.array(WardSchema).default([]),
  anniversary: AnniversarySchema.optional(),
  plans: z.array(PlanSourceSchema).default([]),
  periodVocabulary: z.array(PeriodWordSchema).default([]),
  /** Table header wordings its offices use, tried before the importer's own. */
  columnSynonyms: z.array(ColumnSynonymSchema).default([]),
  exporters: z.array(ExporterSchema).default([]),
  lifecycle: LifecycleExtensionSchema.optional(),
});
/** A plugin after validation by {@link PluginSchema}. */
export type Plugin = z.infer<typeof PluginSchema>;
/** What `definePlugin` accepts: defaults filled in (units and wards in their input form). */
export type PluginInput = z.input<typeof PluginSchema>;
