import type { ReportStatus } from "../report/Report";

/** Words and colours for each status, shared by every renderer. */
export const statusLabels: Record<ReportStatus, { vi: string; en: string; color: string }> = {
  planned: { vi: "Chưa triển khai", en: "Planned", color: "FFFFFF" },
  inProgress: { vi: "Đang thực hiện", en: "In progress", color: "FFF2CC" },
  reported: { vi: "Đã báo cáo", en: "Reported", color: "DDEBF7" },
  rewarded: { vi: "Đã khen thưởng", en: "Rewarded", color: "E2EFDA" },
  cancelled: { vi: "Đã hủy", en: "Cancelled", color: "EDEDED" },
  doneOnTime: { vi: "Hoàn thành đúng hạn", en: "Done on time", color: "C6EFCE" },
  doneLate: { vi: "Hoàn thành quá hạn", en: "Done late", color: "FFEB9C" },
  notDueYet: { vi: "Chưa hoàn thành, trong hạn", en: "Not done, not yet due", color: "DDEBF7" },
  overdue: { vi: "Chưa hoàn thành, quá hạn", en: "Not done, overdue", color: "FFC7CE" },
};
