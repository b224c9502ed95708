import { activityStateLabels } from "@kehoach/core";
import type { ReportStatus } from "../report/Report";

/** Words (core's one label table for lifecycle states) and colours for each status, shared by every renderer. */
export const statusLabels: Record<ReportStatus, { vi: string; en: string; color: string }> = {
  planned: { ...activityStateLabels.planned, color: "FFFFFF" },
  inProgress: { ...activityStateLabels.inProgress, color: "FFF2CC" },
  reported: { ...activityStateLabels.reported, color: "DDEBF7" },
  rewarded: { ...activityStateLabels.rewarded, color: "E2EFDA" },
  cancelled: { ...activityStateLabels.cancelled, color: "EDEDED" },
  doneOnTime: { vi: "Hoàn thành đúng hạn", en: "Done on time", color: "C6EFCE" },
  doneLate: { vi: "Hoàn thành quá hạn", en: "Done late", color: "FFEB9C" },
  notDueYet: { vi: "Chưa hoàn thành, trong hạn", en: "Not done, not yet due", color: "DDEBF7" },
  overdue: { vi: "Chưa hoàn thành, quá hạn", en: "Not done, overdue", color: "FFC7CE" },
};
