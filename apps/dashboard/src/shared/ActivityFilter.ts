import { z } from "zod";
import { CalendarDateSchema } from "./CalendarDateSchema";

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter((s) => s !== ""))
  .pipe(z.array(z.string().max(100)).max(50));

/** Query parameters of `GET /api/plans/:plan/activities`. */
export const ActivityFilterSchema = z.object({
  /** The "as of" date (default: today in Vietnam). */
  asOf: CalendarDateSchema.optional(),
  /** Lifecycle statuses: planned, inProgress, reported, rewarded, cancelled (comma-separated or repeated). */
  status: list.optional(),
  /** Classes: completed-on-time, completed-late, in-progress-on-time, in-progress-overdue, no-deadline, cancelled. */
  class: list.optional(),
  /** Lead unit id. */
  lead: z.string().max(100).optional(),
  /** Coordinating unit id. */
  coordinator: z.string().max(100).optional(),
  /** Ward id: activities with a part for that ward or coordinated by its People's Committee. */
  ward: z.string().max(100).optional(),
  /** Month YYYY-MM: activities active, due or peaking that month. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM")
    .optional(),
  /** Only overdue activities ("true"). */
  overdue: z.enum(["true", "false"]).optional(),
  /** Free text, accent-insensitive: "khuong dinh" finds "Khương Đình". */
  q: z.string().max(200).optional(),
  /** Include section rows (default true). */
  sections: z.enum(["true", "false"]).optional(),
});

/** The parsed activity filter. */
export type ActivityFilter = z.output<typeof ActivityFilterSchema>;
