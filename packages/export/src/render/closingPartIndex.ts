import type { Report } from "../report/Report";

/**
 * The part after which the signature and "Nơi nhận:" block goes: the last
 * portrait part (a report's body, before its landscape appendix), else the
 * last part. Every renderer places it there.
 */
export function closingPartIndex(report: Pick<Report, "parts">): number {
  const lastPortrait = report.parts.findLastIndex((p) => p.orientation === "portrait");
  return lastPortrait >= 0 ? lastPortrait : report.parts.length - 1;
}
