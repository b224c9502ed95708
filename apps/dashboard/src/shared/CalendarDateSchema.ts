import { IsoDateSchema } from "@kehoach/period";

/** A real calendar date YYYY-MM-DD (2024-02-30 and 2024-13-45 are refused). */
export const CalendarDateSchema = IsoDateSchema.refine(
  (d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  },
  { message: "a real calendar date YYYY-MM-DD", params: { vi: "một ngày có thật YYYY-MM-DD" } },
);
