import type { DocumentRef } from "../src/model/DocumentRef";
import type { PlanEventInput } from "../src/model/Event";

let counter = 0;

/** Builds an event envelope for tests (unique ids, +07:00 timestamps). */
export function ev(
  activity: string,
  type: string,
  unit: string,
  date: string,
  payload: Record<string, unknown> = {},
  ward?: string,
): PlanEventInput {
  counter++;
  return {
    id: `test-${counter}`,
    activity,
    ...(ward === undefined ? {} : { ward }),
    type,
    by: { unit },
    at: `${date}T09:00:00+07:00`,
    payload,
  };
}

/** "Quyết định số 1234/QĐ-UBND ngày 18/12/2024". */
export const rewardDecision: DocumentRef = {
  kind: "decision",
  number: "1234",
  symbol: "QĐ-UBND",
  date: "2024-12-18",
  month: null,
  issuer: "UBND quận Thanh Xuân",
  subject: null,
  text: "Quyết định số 1234/QĐ-UBND ngày 18/12/2024",
};

/** A valid REWARD payload. */
export const rewardPayload = {
  decision: rewardDecision,
  form: "Giấy khen",
  recipients: [{ kind: "collective", name: "Phòng Lao động - Thương binh và Xã hội" }],
};

/** A valid REPORT payload at district level. */
export const reportPayload = { results: { district: { text: "Hoàn thành" } } };

export const ISSUER = "ubnd-quan-thanh-xuan";
export const LD = "phong-lao-dong-thuong-binh-xa-hoi";
export const TT = "trung-tam-van-hoa-thong-tin-the-thao";
