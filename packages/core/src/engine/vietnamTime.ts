import { IsoDateSchema } from "@kehoach/period";
import { IsoDateTimeSchema } from "../model/Event";

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) in Vietnam (UTC+7) of an ISO timestamp or epoch milliseconds. */
export function vietnamDate(at: string | number): string {
  const ms = typeof at === "number" ? at : Date.parse(at);
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The last instant (epoch ms) an "as of" value covers: a date `YYYY-MM-DD`
 * means the end of that day in Vietnam; a timestamp with offset means itself.
 * Returns null when the value is neither.
 */
export function asOfCutoff(asOf: string): number | null {
  if (IsoDateSchema.safeParse(asOf).success) {
    const ms = Date.parse(`${asOf}T23:59:59.999+07:00`);
    return Number.isNaN(ms) ? null : ms;
  }
  if (IsoDateTimeSchema.safeParse(asOf).success) {
    const ms = Date.parse(asOf);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}
