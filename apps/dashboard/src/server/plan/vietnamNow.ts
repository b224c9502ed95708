const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An ISO timestamp with the +07:00 offset (Vietnam), as lifecycle events carry: "2024-10-10T08:00:00.000+07:00". */
export function vietnamNow(now: number = Date.now()): string {
  return new Date(now + VN_OFFSET_MS).toISOString().replace("Z", "+07:00");
}

/** Today's date in Vietnam, YYYY-MM-DD. */
export function vietnamToday(now: number = Date.now()): string {
  return new Date(now + VN_OFFSET_MS).toISOString().slice(0, 10);
}
