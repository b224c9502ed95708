import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { ActivitySchema } from "./Activity";
import { DiagnosticSchema } from "./Diagnostic";
import { DocumentRefSchema } from "./DocumentRef";
import { IdSchema, UnitRefSchema, UnitSchema, WardSchema } from "./Unit";

/** The version of the `Plan` JSON shape. Bumped on breaking changes, with a migration. */
export const PLAN_SCHEMA_VERSION = 1;

/** The anniversary a plan celebrates: `{ event: "Ngày Giải phóng Thủ đô", date: "1954-10-10", years: 70, on: "2024-10-10" }`. */
export const AnniversarySchema = z.object({
  event: z.string(),
  date: IsoDateSchema,
  years: z.number().int().positive(),
  on: IsoDateSchema,
});
/** The anniversary a plan celebrates: `{ event: "Ngày Giải phóng Thủ đô", date: "1954-10-10", years: 70, on: "2024-10-10" }` (validated by {@link AnniversarySchema}). */
export type Anniversary = z.infer<typeof AnniversarySchema>;

/** A column of a plan table, by role. */
export const ColumnRoleSchema = z.enum([
  "code",
  "title",
  "leads",
  "coordinators",
  "time",
  "expected.district",
  "expected.ward",
  "expected.city",
  "notes",
  "other",
]);
/** A column of a plan table, by role (validated by {@link ColumnRoleSchema}). */
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

/** One summary table (Biểu tổng hợp / Phụ lục) of a plan. */
export const PlanTableSchema = z.object({
  index: z.number().int().nonnegative(),
  /** Title lines above the table, joined with a space ("Biểu tổng hợp các hoạt động …"). */
  title: z.string(),
  /** The "(Kèm theo Kế hoạch số …)" reference, if any. */
  attachedTo: DocumentRefSchema.nullable(),
  columns: z.array(z.object({ role: ColumnRoleSchema, label: z.string() })),
});
/** One summary table (Biểu tổng hợp / Phụ lục) of a plan (validated by {@link PlanTableSchema}). */
export type PlanTable = z.infer<typeof PlanTableSchema>;

/**
 * A plugin a plan was read with: its id and the semver range of versions the
 * plan works with (`{ id: "phuong-ba-dinh-80", version: "^0.1.0" }`). A plan's
 * consumers load these plugins (their units, wards and lifecycle steps).
 */
export const PlanPluginSchema = z.object({
  /** The plugin id, e.g. "thanh-xuan-70". */
  id: IdSchema,
  /** A semver range, e.g. "^0.1.0". */
  version: z.string().min(1),
});
/** A plugin a plan was read with: its id and the semver range of versions the plan works with (`{ id: "phuong-ba-dinh-80", version: "^0.1.0" }`) (validated by {@link PlanPluginSchema}). */
export type PlanPlugin = z.infer<typeof PlanPluginSchema>;

/** A plan (Kế hoạch) with its tables and activities: plain, JSON-serialisable, validated data. */
export const PlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  issuer: UnitRefSchema,
  /** The plugins the plan was read with (absent in plans imported without plugins, or before this field existed). */
  plugins: z.array(PlanPluginSchema).optional(),
  document: DocumentRefSchema,
  anniversary: AnniversarySchema.nullable(),
  /** The plan year, used to fill time cells that omit it. */
  year: z.number().int().min(1900).max(2200),
  tables: z.array(PlanTableSchema),
  activities: z.array(ActivitySchema),
  units: z.array(UnitSchema),
  wards: z.array(WardSchema),
  diagnostics: z.array(DiagnosticSchema),
});
/** A plan (Kế hoạch) with its tables and activities: plain, JSON-serialisable, validated data (validated by {@link PlanSchema}). */
export type Plan = z.infer<typeof PlanSchema>;
/** What {@link PlanSchema} accepts (before defaults are filled in): a plan (Kế hoạch) with its tables and activities: plain, JSON-serialisable, validated data. */
export type PlanInput = z.input<typeof PlanSchema>;
