import type { Diagnostic } from "../model/Diagnostic";

/** Every error code the lifecycle and the engine return, with its message template in Vietnamese and English. */
export const lifecycleErrorMessages = {
  "event.invalid": { vi: "sự kiện không hợp lệ", en: "the event is invalid" },
  "event.unknown-activity": {
    vi: "không có hoạt động này trong kế hoạch",
    en: "no such activity in the plan",
  },
  "event.unknown-ward": {
    vi: "hoạt động không có phần việc của phường này",
    en: "the activity has no part for this ward",
  },
  "event.unsupported-for-ward": {
    vi: "loại sự kiện này không áp dụng cho phần việc của phường",
    en: "this event type does not apply to a ward part",
  },
  "event.unknown-type": { vi: "loại sự kiện không xác định", en: "unknown event type" },
  "lifecycle.invalid-transition": {
    vi: "sự kiện không được phép ở trạng thái hiện tại",
    en: "the event is not allowed in the current state",
  },
  "lifecycle.out-of-order": {
    vi: "sự kiện có thời điểm trước sự kiện đã ghi nhận của cùng hoạt động",
    en: "the event is dated before an event already recorded for the same activity",
  },
  "lifecycle.not-lead": {
    vi: "chỉ đơn vị chủ trì mới được bắt đầu, cập nhật tiến độ và báo cáo",
    en: "only a lead unit may start, record progress and report",
  },
  "lifecycle.not-ward": {
    vi: "chỉ UBND phường được giao mới được thực hiện phần việc của phường",
    en: "only the assigned ward's People's Committee may act on its ward part",
  },
  "lifecycle.not-authority": {
    vi: "chỉ cơ quan ban hành kế hoạch (hoặc đơn vị được giao) mới được trả lại, khen thưởng, hủy hoặc gia hạn",
    en: "only the plan's issuer (or a unit it names) may return, reward, cancel or extend",
  },
  "lifecycle.step-not-allowed": {
    vi: "đơn vị không được phép thực hiện bước này",
    en: "the unit may not perform this step",
  },
  "payload.invalid": { vi: "nội dung sự kiện không hợp lệ", en: "the event payload is invalid" },
  "report.missing-results": {
    vi: "báo cáo phải có kết quả theo ít nhất một cấp",
    en: "a report must carry results for at least one level",
  },
  "report.wards-missing": {
    vi: "còn phường chưa báo cáo; hãy liệt kê các phường còn thiếu",
    en: "some wards have not reported; list the missing wards explicitly",
  },
  "report.unknown-ward": {
    vi: "danh sách phường còn thiếu có phường không thuộc hoạt động",
    en: "the list of missing wards names a ward the activity does not have",
  },
  "payload.unknown-target": {
    vi: "kết quả đạt được trỏ tới chỉ tiêu không có",
    en: "an achieved quantity points at a target that does not exist",
  },
  "progress.empty": {
    vi: "cập nhật tiến độ không có nội dung",
    en: "a progress update must carry a note, percent, quantities, difficulties or proposals",
  },
  "reward.not-a-decision": {
    vi: "khen thưởng phải căn cứ một Quyết định (văn bản loại quyết định)",
    en: "a reward must cite a decision (a document of kind decision)",
  },
  "extend.decision-required": {
    vi: "gia hạn phải kèm Quyết định gia hạn",
    en: "an extension must cite a decision",
  },
  "extend.not-later": {
    vi: "hạn mới phải sau hạn hiện tại",
    en: "the new deadline must be after the current deadline",
  },
  "ward.parent-closed": {
    vi: "hoạt động đã kết thúc (đã khen thưởng hoặc đã hủy)",
    en: "the activity is closed (rewarded or cancelled)",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

/** A lifecycle or engine error code. */
export type LifecycleErrorCode = keyof typeof lifecycleErrorMessages;

/** A rejected event's reason: a {@link Diagnostic} (severity "error") that also names the event. */
export interface LifecycleError extends Diagnostic {
  code: LifecycleErrorCode;
  severity: "error";
  /** The rejected event's id, when it had one. */
  eventId: string | null;
}

/**
 * Builds a {@link LifecycleError}: the catalogue message, with `detail` (already
 * bilingual) appended when given, located by a JSON path into the event.
 */
export function lifecycleError(
  code: LifecycleErrorCode,
  eventId: string | null,
  detail?: { vi: string; en: string } | null,
  path?: readonly (string | number)[],
): LifecycleError {
  const base = lifecycleErrorMessages[code];
  return {
    code,
    severity: "error",
    vi: detail ? `${base.vi}: ${detail.vi}` : base.vi,
    en: detail ? `${base.en}: ${detail.en}` : base.en,
    location: path ? { path: [...path] } : null,
    eventId,
  };
}
