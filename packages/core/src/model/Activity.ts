import { PeriodResultSchema } from "@kehoach/period";
import { z } from "zod";
import { DocumentRefSchema } from "./DocumentRef";
import { TextRangeSchema } from "./TextRange";
import { UnitRefSchema } from "./Unit";

/** Result levels of the "Dự kiến kết quả" columns. */
export const LevelSchema = z.enum(["district", "ward", "city"]);
/** Result levels of the "Dự kiến kết quả" columns (validated by {@link LevelSchema}). */
export type Level = z.infer<typeof LevelSchema>;

/** A quantified target in an expected result: "tặng quà 55 gia đình chính sách". */
export const TargetSchema = z.object({
  quantity: z.number().nonnegative(),
  /** The counted noun: "gia đình chính sách", "trường hợp", "hộ gia đình", "nhà", "tuyến phố". */
  noun: z.string(),
  /** The clause the target was found in. */
  text: z.string(),
  level: LevelSchema,
  /** The numbered lead ("(2)") the item belongs to, or null. */
  lead: z.number().int().positive().nullable(),
  /** Where the quantity and noun stand in the level's text. */
  span: TextRangeSchema,
});
/** A quantified target in an expected result: "tặng quà 55 gia đình chính sách" (validated by {@link TargetSchema}). */
export type Target = z.infer<typeof TargetSchema>;

/** A ward's own share of an activity: "Phường Hạ Đình/đường Khương Đình". */
export const WardAssignmentSchema = z.object({
  /** Ward id, or null when the ward could not be resolved. */
  ward: z.string().nullable(),
  /** What the ward is assigned (e.g. the street), as written. */
  text: z.string(),
  /** The whole item as written. */
  source: z.string(),
});
/** A ward's own share of an activity: "Phường Hạ Đình/đường Khương Đình" (validated by {@link WardAssignmentSchema}). */
export type WardAssignment = z.infer<typeof WardAssignmentSchema>;

/** One item of an expected result: "(1) TTVH-TT&TT quận: Thực hiện …" or "- Thực hiện theo chỉ đạo chung". */
export const ExpectedItemSchema = z.object({
  /** The marker as written: "(1)", "-", "•", "a)"; null for unmarked text. */
  marker: z.string().nullable(),
  text: z.string(),
  /** The numbered lead the item is attributed to, or null. */
  lead: z.number().int().positive().nullable(),
});
/** One item of an expected result: "(1) TTVH-TT&TT quận: Thực hiện …" or "- Thực hiện theo chỉ đạo chung" (validated by {@link ExpectedItemSchema}). */
export type ExpectedItem = z.infer<typeof ExpectedItemSchema>;

/** Expected result at one level: the whole text and its items. */
export const ExpectedResultSchema = z.object({
  text: z.string(),
  items: z.array(ExpectedItemSchema),
});
/** Expected result at one level: the whole text and its items (validated by {@link ExpectedResultSchema}). */
export type ExpectedResult = z.infer<typeof ExpectedResultSchema>;

/** Where an activity came from in its source document. */
export const ActivitySourceSchema = z.object({
  file: z.string().nullable(),
  /** First and last 1-based source line (text) or row (sheet). */
  firstLine: z.number().int().positive(),
  lastLine: z.number().int().positive(),
  sheet: z.string().optional(),
});
/** Where an activity came from in its source document (validated by {@link ActivitySourceSchema}). */
export type ActivitySource = z.infer<typeof ActivitySourceSchema>;

/** One numbered row of a plan table. */
export const ActivitySchema = z.object({
  /** Unique within the plan ("t1-2.1"); `code` may repeat across tables or sections. */
  id: z.string().min(1),
  /** The row number as written: "2.1", "5.5", "1.", "I", "a". */
  code: z.string(),
  /** The parent row's id, or null at the top level. */
  parent: z.string().nullable(),
  /** 0-based index into `plan.tables`. */
  table: z.number().int().nonnegative(),
  /** A row with children (a section heading); it can still carry its own time and lead. */
  isSection: z.boolean(),
  /** Plain text: tags removed, entities decoded, NFC. */
  title: z.string(),
  /** Bold spans in `title`. */
  emphasis: z.array(TextRangeSchema),
  /** Documents cited in the cell (its italic text). */
  references: z.array(DocumentRefSchema),
  leads: z.array(UnitRefSchema),
  coordinators: z.array(UnitRefSchema),
  time: z.object({ text: z.string(), period: PeriodResultSchema.nullable() }),
  expected: z.object({
    district: ExpectedResultSchema.optional(),
    ward: ExpectedResultSchema.optional(),
    city: ExpectedResultSchema.optional(),
  }),
  targets: z.array(TargetSchema),
  wardAssignments: z.array(WardAssignmentSchema),
  /** Extra columns a table had ("Ghi chú"), by header label. */
  extra: z.record(z.string(), z.string()).default({}),
  source: ActivitySourceSchema.nullable(),
});
/** One numbered row of a plan table (validated by {@link ActivitySchema}). */
export type Activity = z.infer<typeof ActivitySchema>;
/** What {@link ActivitySchema} accepts (before defaults are filled in): one numbered row of a plan table. */
export type ActivityInput = z.input<typeof ActivitySchema>;
