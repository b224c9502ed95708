import type { PlanEventInput, PlanInput } from "@kehoach/core";

const unit = (unitId: string, name: string, source: string) => ({
  unitId,
  name,
  source,
  requested: false,
  scope: "district" as const,
  members: [],
  number: null,
});

const activity = (
  id: string,
  code: string,
  parent: string | null,
  title: string,
  lead: ReturnType<typeof unit>,
) => ({
  id,
  code,
  parent,
  table: 0,
  isSection: parent === null && code !== "1",
  title,
  emphasis: [],
  references: [],
  leads: [lead],
  coordinators: [],
  time: { text: "Trong năm 2024", period: null },
  expected: {},
  targets: [],
  wardAssignments: [],
  source: null,
});

/** A small plan drawn from the seed (the Thanh Xuân 70th-anniversary plan), enough for store tests. */
export function seedPlan(
  title = "Kế hoạch tổ chức các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô",
): PlanInput {
  const noiVu = unit("phong-noi-vu", "Phòng Nội vụ quận Thanh Xuân", "Phòng Nội vụ");
  const vhtt = unit(
    "phong-van-hoa-thong-tin",
    "Phòng Văn hóa và Thông tin quận Thanh Xuân",
    "Phòng Văn hóa và Thông tin quận",
  );
  const ldtbxh = unit(
    "phong-lao-dong-thuong-binh-xa-hoi",
    "Phòng Lao động - Thương binh và Xã hội",
    "Phòng LĐ-TBXH",
  );
  return {
    schemaVersion: 1,
    id: "thanh-xuan-70",
    title,
    issuer: unit("ubnd-quan-thanh-xuan", "Ủy ban nhân dân quận Thanh Xuân", "UBND quận Thanh Xuân"),
    document: {
      kind: "plan",
      number: null,
      symbol: "KH-UBND",
      date: null,
      month: "2024-04",
      issuer: "UBND quận Thanh Xuân",
      subject: null,
      text: "Kế hoạch số: /KH-UBND ngày /4/2024 của UBND quận Thanh Xuân",
    },
    anniversary: { event: "Ngày Giải phóng Thủ đô", date: "1954-10-10", years: 70, on: "2024-10-10" },
    year: 2024,
    tables: [],
    activities: [
      activity("t1-1", "1", null, "Tổ chức đợt phong trào thi đua “cao điểm”", noiVu),
      activity("t1-2.1", "2.1", "t1-2", "Tổ chức thông tin, tuyên truyền các hoạt động kỷ niệm 70 năm", vhtt),
      activity("t1-4.2", "4.2", "t1-4", "Thăm và tặng quà các gia đình chính sách", ldtbxh),
    ],
    units: [],
    wards: [],
    diagnostics: [],
  };
}

let counter = 0;

/** A lifecycle event of the seed plan; ids are unique unless given. */
export function makeEvent(
  activityId: string,
  type = "PROGRESS",
  extra: Partial<PlanEventInput> = {},
): PlanEventInput {
  counter++;
  return {
    id: `e-${process.pid}-${Date.now().toString(36)}-${counter}`,
    activity: activityId,
    type,
    by: { unit: "phong-lao-dong-thuong-binh-xa-hoi", person: "Nguyễn Thị Hoa" },
    at: "2024-09-15T08:30:00+07:00",
    payload: {
      note: "Đã tặng quà 55 gia đình chính sách",
      percent: 60,
      achieved: [{ noun: "gia đình", quantity: 55 }],
    },
    ...extra,
  };
}
