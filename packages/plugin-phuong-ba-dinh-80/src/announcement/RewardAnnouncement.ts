import { z } from "zod";

/** One rewarded collective, as the announcement lists it. */
export interface RewardedCollective {
  /** The collective's name as the reward decision gives it. */
  name: string;
  /** The activity it was rewarded for: its code ("4.2") and title. */
  activityCode: string;
  activityTitle: string;
  /** The reward form ("Giấy khen") and the decision ("Quyết định số 123/QĐ-UBND ngày …"). */
  form: string;
  decision: string;
}

/** What the announcement says, before it is rendered. */
export interface RewardAnnouncement {
  planId: string;
  /** Issuer lines in capitals ("ỦY BAN NHÂN DÂN", "PHƯỜNG BA ĐÌNH"). */
  issuer: string[];
  place: string | null;
  /** Date of the announcement (ISO) or null for dots to fill in. */
  date: string | null;
  asOf: string | null;
  collectives: RewardedCollective[];
  /** Individuals rewarded in the same decisions (counted, not listed: the page is about collectives). */
  individuals: number;
  authority: string;
  position: string;
  signer: string | null;
  recipients: string[];
}

const CellSchema = z.object({ text: z.string() });

const TableSchema = z.object({
  id: z.string(),
  rows: z.array(z.object({ kind: z.string(), cells: z.record(z.string(), CellSchema) })),
});

const BlockSchema = z.union([
  z.object({ type: z.literal("table"), table: TableSchema }),
  z.object({ type: z.string() }),
]);

/**
 * The part of `@kehoach/export`'s `Report` the announcement reads (plugins
 * depend on the core only, so the shape is checked here rather than imported).
 */
export const AnnouncementInputSchema = z.object({
  kind: z.string().min(1),
  planId: z.string(),
  asOf: z.string().nullable().default(null),
  letterhead: z
    .object({
      issuer: z.array(z.string()).min(1),
      place: z.string().nullable().default(null),
      date: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
  parts: z.array(z.object({ blocks: z.array(BlockSchema) })).min(1),
  closing: z
    .object({
      recipients: z.array(z.string()),
      authority: z.string(),
      position: z.string(),
      signer: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
});
/** What {@link AnnouncementInputSchema} accepts (before defaults are filled in): the part of `@kehoach/export`'s `Report` the announcement reads (plugins depend on the core only, so the shape is checked here rather than imported). */
export type AnnouncementInput = z.input<typeof AnnouncementInputSchema>;

/** The id of the progress report's rewards table ("Biểu 6 — KHEN THƯỞNG"). */
export const REWARDS_TABLE_ID = "progress-rewards";
