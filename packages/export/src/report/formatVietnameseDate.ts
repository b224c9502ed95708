/**
 * The date line of a Decree 30/2020 document: "Thanh Xuân, ngày 05 tháng 4 năm 2024".
 * Days below 10 and months 1–2 take a leading zero (Decree 30/2020, appendix I).
 * With no date, dots are left to fill in: "Thanh Xuân, ngày     tháng     năm 2024".
 */
export function formatVietnameseDateLine(place: string | null, date: string | null, year?: number): string {
  const prefix = place ? `${place}, ` : "";
  const parts = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!parts) {
    return `${prefix}ngày … tháng … năm ${year ?? "…"}`;
  }
  const [, y, m, d] = parts as unknown as [string, string, string, string];
  const month = Number(m);
  const monthText = month <= 2 ? m : String(month);
  return `${prefix}ngày ${d} tháng ${monthText} năm ${y}`;
}

/** An ISO date as written in Vietnamese tables: "30/11/2024". */
export function formatShortDate(date: string | null): string {
  if (!date) return "";
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return date;
  return `${parts[3]}/${parts[2]}/${parts[1]}`;
}
