import type { PlanInput } from "../src/model/Plan";

/** A small valid plan in the shape the importer produces (two activities of the seed). */
export function samplePlan(): PlanInput {
  const ref = (
    unitId: string | null,
    name: string,
    source: string,
    scope: "district" | "ward" | "group" = "district",
  ) => ({
    unitId,
    name,
    source,
    requested: false,
    scope,
    members: [],
    number: null,
  });
  return {
    schemaVersion: 1,
    id: "ke-hoach-70-nam-giai-phong-thu-do",
    title: "Biểu tổng hợp các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô",
    issuer: ref("ubnd-quan-thanh-xuan", "Ủy ban nhân dân quận Thanh Xuân", "UBND quận Thanh Xuân"),
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
    tables: [
      { index: 0, title: "Biểu tổng hợp", attachedTo: null, columns: [{ role: "code", label: "TT" }] },
    ],
    activities: [
      {
        id: "t1-4",
        code: "4",
        parent: null,
        table: 0,
        isSection: true,
        title: "Các hoạt động “Đền ơn, đáp nghĩa”",
        emphasis: [],
        references: [],
        leads: [],
        coordinators: [],
        time: { text: "", period: null },
        expected: {},
        targets: [],
        wardAssignments: [],
        source: { file: "seed.txt", firstLine: 60, lastLine: 60 },
      },
      {
        id: "t1-4.2",
        code: "4.2",
        parent: "t1-4",
        table: 0,
        isSection: false,
        title: "Thăm và tặng quà các gia đình chính sách",
        emphasis: [{ start: 0, end: 3 }],
        references: [],
        leads: [
          ref(
            "phong-lao-dong-thuong-binh-xa-hoi",
            "Phòng Lao động - Thương binh và Xã hội quận Thanh Xuân",
            "Phòng LĐ-TBXH",
          ),
        ],
        coordinators: [
          {
            ...ref("ubnd-cac-phuong", "Ủy ban nhân dân các phường", "UBND các phường", "group"),
            members: ["ubnd-phuong-ha-dinh"],
          },
        ],
        time: {
          text: "Từ tháng 4-10/2024",
          period: {
            text: "Từ tháng 4-10/2024",
            kind: "span",
            start: "2024-04-01",
            end: "2024-10-31",
            deadline: "2024-10-31",
            peak: null,
            milestones: [],
            lunar: false,
            relative: null,
            diagnostics: [],
          },
        },
        expected: {
          district: {
            text: "(1) tặng quà 55 gia đình chính sách",
            items: [{ marker: "(1)", text: "tặng quà 55 gia đình chính sách", lead: 1 }],
          },
        },
        targets: [
          {
            quantity: 55,
            noun: "gia đình chính sách",
            text: "tặng quà 55 gia đình chính sách",
            level: "district",
            lead: 1,
            span: { start: 13, end: 35 },
          },
        ],
        wardAssignments: [
          { ward: "ha-dinh", text: "đường Khương Đình", source: "Phường Hạ Đình/đường Khương Đình" },
        ],
        source: { file: "seed.txt", firstLine: 62, lastLine: 62 },
      },
    ],
    units: [
      {
        id: "ubnd-quan-thanh-xuan",
        name: "Ủy ban nhân dân quận Thanh Xuân",
        kind: "government",
        scope: "district",
      },
    ],
    wards: [{ id: "ha-dinh", name: "Hạ Đình", aliases: ["HĐ"], validTo: "2024-12-31" }],
    diagnostics: [],
  };
}
