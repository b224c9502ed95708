import { coreActivityStatuses, TextRangeSchema } from "@kehoach/core";
import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";

/** Status keys a report row can carry (core's states, then the classes); renderers colour them (xlsx, html) and name them in words. */
export const ReportStatusSchema = z.enum([
  ...coreActivityStatuses,
  "doneOnTime",
  "doneLate",
  "notDueYet",
  "overdue",
]);
/** Status keys a report row can carry (core's states, then the classes); renderers colour them (xlsx, html) and name them in words (validated by {@link ReportStatusSchema}). */
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

/** One cell: plain text, optional bold ranges inside it and an optional italic note (cited documents). */
export const ReportCellSchema = z.object({
  text: z.string(),
  /** Bold spans of `text` (the plan's emphasis). */
  emphasis: z.array(TextRangeSchema).default([]),
  /** Italic text shown after `text` (e.g. the documents the activity is based on). */
  note: z.string().nullable().default(null),
});
/** One cell: plain text, optional bold ranges inside it and an optional italic note (cited documents) (validated by {@link ReportCellSchema}). */
export type ReportCell = z.infer<typeof ReportCellSchema>;
/** What {@link ReportCellSchema} accepts (before defaults are filled in): one cell: plain text, optional bold ranges inside it and an optional italic note (cited documents). */
export type ReportCellInput = z.input<typeof ReportCellSchema>;

/** A leaf column. Columns with the same `group` share a merged top header cell ("Dự kiến kết quả"). */
export const ReportColumnSchema = z.object({
  key: z.string().min(1),
  label: z.string(),
  /** Label of the merged header cell above this column, or null for a column whose header spans both rows. */
  group: z.string().nullable().default(null),
  /** Relative width (the renderers scale the widths to the page). */
  width: z.number().positive(),
  align: z.enum(["left", "center", "right"]).default("left"),
});
/** A leaf column (validated by {@link ReportColumnSchema}). */
export type ReportColumn = z.infer<typeof ReportColumnSchema>;

/** What a row says about its activity, for formats that use dates and units (.ics) and for filters. */
export const ReportRowActivitySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  /** Lead unit ids (resolved leads only). */
  leads: z.array(z.string()),
  /** Coordinating unit ids, group members included. */
  coordinators: z.array(z.string()),
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  deadline: IsoDateSchema.nullable(),
  /** The time cell as written. */
  timeText: z.string(),
});
/** What a row says about its activity, for formats that use dates and units (.ics) and for filters (validated by {@link ReportRowActivitySchema}). */
export type ReportRowActivity = z.infer<typeof ReportRowActivitySchema>;

/** A table row: a section heading (one full-width cell), an item, or a total. */
export const ReportRowSchema = z.object({
  kind: z.enum(["section", "item", "total"]),
  /** Cells by column key; a section row uses the first column's key for its code and `title` for its text. */
  cells: z.record(z.string(), ReportCellSchema),
  status: ReportStatusSchema.nullable().default(null),
  activity: ReportRowActivitySchema.nullable().default(null),
});
/** A table row: a section heading (one full-width cell), an item, or a total (validated by {@link ReportRowSchema}). */
export type ReportRow = z.infer<typeof ReportRowSchema>;
/** What {@link ReportRowSchema} accepts (before defaults are filled in): a table row: a section heading (one full-width cell), an item, or a total. */
export type ReportRowInput = z.input<typeof ReportRowSchema>;

/** A table with a one- or two-row header (two rows as soon as a column has a `group`). */
export const ReportTableSchema = z.object({
  id: z.string().min(1),
  /** Title lines above the table (bold, centred). */
  title: z.array(z.string()),
  /** The italic line under the title ("(Kèm theo Kế hoạch số …)"), or null. */
  subtitle: z.string().nullable().default(null),
  columns: z.array(ReportColumnSchema).min(1),
  rows: z.array(ReportRowSchema),
});
/** A table with a one- or two-row header (two rows as soon as a column has a `group`) (validated by {@link ReportTableSchema}). */
export type ReportTable = z.infer<typeof ReportTableSchema>;
/** What {@link ReportTableSchema} accepts (before defaults are filled in): a table with a one- or two-row header (two rows as soon as a column has a `group`). */
export type ReportTableInput = z.input<typeof ReportTableSchema>;

/** A block of a report part. */
export const ReportBlockSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("heading"),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  z.object({
    type: z.literal("paragraph"),
    text: z.string(),
    italic: z.boolean().default(false),
    bold: z.boolean().default(false),
    align: z.enum(["left", "center", "right", "justify"]).default("justify"),
    /** A fill-in paragraph the office completes by hand (no data behind it). */
    placeholder: z.boolean().default(false),
  }),
  z.object({ type: z.literal("list"), items: z.array(z.string()) }),
  z.object({ type: z.literal("table"), table: ReportTableSchema }),
]);
/** A block of a report part (validated by {@link ReportBlockSchema}). */
export type ReportBlock = z.infer<typeof ReportBlockSchema>;
/** What {@link ReportBlockSchema} accepts (before defaults are filled in): a block of a report part. */
export type ReportBlockInput = z.input<typeof ReportBlockSchema>;

/** A part of a report with its own page orientation (.docx: a section; .xlsx: sheets of tables). */
export const ReportPartSchema = z.object({
  orientation: z.enum(["portrait", "landscape"]),
  blocks: z.array(ReportBlockSchema),
});
/** A part of a report with its own page orientation (.docx: a section; .xlsx: sheets of tables) (validated by {@link ReportPartSchema}). */
export type ReportPart = z.infer<typeof ReportPartSchema>;

/** The letterhead of a Decree 30/2020/NĐ-CP document. */
export const LetterheadSchema = z.object({
  /** The issuing body's superior, in capitals ("UBND THÀNH PHỐ HÀ NỘI"), or null. */
  superior: z.string().nullable().default(null),
  /** The issuer in capitals, one string per line ("ỦY BAN NHÂN DÂN", "QUẬN THANH XUÂN"). */
  issuer: z.array(z.string()).min(1),
  /** "Số: …/BC-UBND": the number (null leaves dots to fill in) and the symbol; null for no number line. */
  number: z.object({ value: z.string().nullable(), symbol: z.string() }).nullable().default(null),
  /** The place in the date line ("Thanh Xuân"). */
  place: z.string().nullable().default(null),
  /** The date of the document, or null for dots to fill in. */
  date: IsoDateSchema.nullable().default(null),
});
/** The letterhead of a Decree 30/2020/NĐ-CP document (validated by {@link LetterheadSchema}). */
export type Letterhead = z.infer<typeof LetterheadSchema>;

/** Signature block and recipients ("Nơi nhận:"). */
export const ClosingSchema = z.object({
  recipients: z.array(z.string()),
  /** "TM. ỦY BAN NHÂN DÂN" */
  authority: z.string(),
  /** "CHỦ TỊCH" */
  position: z.string(),
  signer: z.string().nullable().default(null),
});
/** Signature block and recipients ("Nơi nhận:") (validated by {@link ClosingSchema}). */
export type Closing = z.infer<typeof ClosingSchema>;

/** A format-neutral report: what every renderer (.docx, .xlsx, .pdf, .csv, .md, .html, .ics) reads. */
export const ReportSchema = z.object({
  kind: z.string().min(1),
  /** A short title for file metadata and the HTML `<title>`. */
  title: z.string(),
  planId: z.string(),
  /** The date the report is as of, when it is a progress report. */
  asOf: IsoDateSchema.nullable().default(null),
  letterhead: LetterheadSchema.nullable().default(null),
  parts: z.array(ReportPartSchema).min(1),
  closing: ClosingSchema.nullable().default(null),
});
/** A format-neutral report: what every renderer (.docx, .xlsx, .pdf, .csv, .md, .html, .ics) reads (validated by {@link ReportSchema}). */
export type Report = z.infer<typeof ReportSchema>;
/** What {@link ReportSchema} accepts (before defaults are filled in): a format-neutral report: what every renderer (.docx, .xlsx, .pdf, .csv, .md, .html, .ics) reads. */
export type ReportInput = z.input<typeof ReportSchema>;
