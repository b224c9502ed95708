import { createKehoach, resolveUnits, type UnitRef } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { keHoach70NamGiaiPhongThuDo, thanhXuan70 } from "../src/index";

const { registry } = createKehoach({ plugins: [thanhXuan70] });
const DATE = "2024-04-01";
const WARDS = [
  "ha-dinh",
  "khuong-dinh",
  "kim-giang",
  "khuong-mai",
  "khuong-trung",
  "nhan-chinh",
  "phuong-liet",
  "thuong-dinh",
  "thanh-xuan-bac",
  "thanh-xuan-nam",
  "thanh-xuan-trung",
];

interface Opts {
  number?: number;
  requested?: boolean;
}
function unit(unitId: string, name: string, source: string, scope: UnitRef["scope"], o: Opts = {}): UnitRef {
  return {
    unitId,
    name,
    source,
    requested: o.requested ?? false,
    scope,
    members: [],
    number: o.number ?? null,
  };
}
function group(unitId: string, name: string, source: string, members: string[], o: Opts = {}): UnitRef {
  return { ...unit(unitId, name, source, "group", o), members };
}

const RELATED = group(
  "cac-phong-ban-don-vi-lien-quan",
  "Các phòng, ban, đơn vị liên quan",
  "Các phòng, ban, đơn vị liên quan",
  [],
);
const RELATED_UNITS = group("cac-don-vi-lien-quan", "Các đơn vị liên quan", "Các đơn vị liên quan", []);
const WARD_COMMITTEES = group(
  "ubnd-cac-phuong",
  "Ủy ban nhân dân các phường",
  "UBND các phường",
  WARDS.map((w) => `ubnd-phuong-${w}`),
);
const NOI_VU = "Phòng Nội vụ quận Thanh Xuân";
const VH_TT = "Phòng Văn hóa và Thông tin quận Thanh Xuân";
const TTVH = "Trung tâm Văn hóa - Thông tin và Thể thao quận Thanh Xuân";
const LDTBXH = "Phòng Lao động - Thương binh và Xã hội quận Thanh Xuân";
const LHPN = "Hội Liên hiệp Phụ nữ quận Thanh Xuân";
const CCB = "Hội Cựu chiến binh quận Thanh Xuân";
const MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam quận Thanh Xuân";
const QLDA = "Ban Quản lý dự án đầu tư xây dựng quận Thanh Xuân";
const STANDARD = "Các phòng, ban, đơn vị liên quan; UBND các phường";

/** [activity id, column, cell text as the seed writes it (page breaks joined by a space), expected refs]. */
const CELLS: [string, "lead" | "coordinators", string, UnitRef[]][] = [
  ["t1-1", "lead", "Phòng Nội vụ", [unit("phong-noi-vu", NOI_VU, "Phòng Nội vụ", "district")]],
  ["t1-1", "coordinators", STANDARD, [RELATED, WARD_COMMITTEES]],
  [
    "t1-2.1",
    "lead",
    "Phòng Văn hóa và Thông tin quận",
    [unit("phong-van-hoa-thong-tin", VH_TT, "Phòng Văn hóa và Thông tin quận", "district")],
  ],
  ["t1-2.1", "coordinators", STANDARD, [RELATED, WARD_COMMITTEES]],
  [
    "t1-2.2",
    "lead",
    "(1) Trung tâm Văn hóa - Thông tin và Thể thao quận; (2) P. QLĐT (3) Đề nghị Hội LHPN quận",
    [
      unit(
        "trung-tam-van-hoa-thong-tin-the-thao",
        TTVH,
        "Trung tâm Văn hóa - Thông tin và Thể thao quận",
        "district",
        {
          number: 1,
        },
      ),
      unit("phong-quan-ly-do-thi", "Phòng Quản lý đô thị quận Thanh Xuân", "P. QLĐT", "district", {
        number: 2,
      }),
      unit("hoi-lien-hiep-phu-nu", LHPN, "Hội LHPN quận", "district", { number: 3, requested: true }),
    ],
  ],
  ["t1-2.2", "coordinators", STANDARD, [RELATED, WARD_COMMITTEES]],
  ...(["3.1", "3.2", "3.3"] as const).flatMap(
    (code): [string, "lead" | "coordinators", string, UnitRef[]][] => [
      [
        `t1-${code}`,
        "lead",
        "Trung tâm Văn hóa - Thông tin và Thể thao",
        [
          unit(
            "trung-tam-van-hoa-thong-tin-the-thao",
            TTVH,
            "Trung tâm Văn hóa - Thông tin và Thể thao",
            "district",
          ),
        ],
      ],
      [`t1-${code}`, "coordinators", STANDARD, [RELATED, WARD_COMMITTEES]],
    ],
  ),
  ["t1-3.4", "lead", "Hội CCB quận", [unit("hoi-cuu-chien-binh", CCB, "Hội CCB quận", "district")]],
  [
    "t1-3.4",
    "coordinators",
    "Các phòng, ban, đơn vị liên quan; Hội CCB các phường",
    [
      RELATED,
      group(
        "hoi-cuu-chien-binh-cac-phuong",
        "Hội Cựu chiến binh các phường",
        "Hội CCB các phường",
        WARDS.map((w) => `hoi-cuu-chien-binh-phuong-${w}`),
      ),
    ],
  ],
  [
    "t1-3.5",
    "lead",
    "Các đơn vị: GD&ĐT; VH&TT; TTVH-TT&TT quận",
    [
      unit("phong-giao-duc-dao-tao", "Phòng Giáo dục và Đào tạo quận Thanh Xuân", "GD&ĐT", "district"),
      unit("phong-van-hoa-thong-tin", VH_TT, "VH&TT", "district"),
      unit("trung-tam-van-hoa-thong-tin-the-thao", TTVH, "TTVH-TT&TT quận", "district"),
    ],
  ],
  ["t1-3.5", "coordinators", STANDARD, [RELATED, WARD_COMMITTEES]],
  [
    "t1-3.6",
    "lead",
    "Đề nghị Hội CCB quận phối hợp với Đoàn TNCS HCM quận",
    [
      unit("hoi-cuu-chien-binh", CCB, "Hội CCB quận", "district", { requested: true }),
      unit(
        "doan-thanh-nien",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh quận Thanh Xuân",
        "Đoàn TNCS HCM quận",
        "district",
        {
          requested: true,
        },
      ),
    ],
  ],
  [
    "t1-3.6",
    "coordinators",
    "Các phòng, ban, đơn vị liên quan; UBND, Hội CCB, Đoàn TNCS HCM các phường",
    [
      RELATED,
      group(
        "ubnd-cac-phuong",
        "Ủy ban nhân dân các phường",
        "UBND",
        WARDS.map((w) => `ubnd-phuong-${w}`),
      ),
      group(
        "hoi-cuu-chien-binh-cac-phuong",
        "Hội Cựu chiến binh các phường",
        "Hội CCB",
        WARDS.map((w) => `hoi-cuu-chien-binh-phuong-${w}`),
      ),
      group(
        "doan-thanh-nien-cac-phuong",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh các phường",
        "Đoàn TNCS HCM các phường",
        WARDS.map((w) => `doan-thanh-nien-phuong-${w}`),
      ),
    ],
  ],
  [
    "t1-4.1",
    "lead",
    "Phòng LĐ-TBXH",
    [unit("phong-lao-dong-thuong-binh-xa-hoi", LDTBXH, "Phòng LĐ-TBXH", "district")],
  ],
  ["t1-4.1", "coordinators", STANDARD, [RELATED, WARD_COMMITTEES]],
  [
    "t1-4.2",
    "lead",
    "Phòng LĐ-TBXH",
    [unit("phong-lao-dong-thuong-binh-xa-hoi", LDTBXH, "Phòng LĐ-TBXH", "district")],
  ],
  [
    "t1-4.2",
    "coordinators",
    "Các phòng, ban, đơn vị liên quan; UBND các phường; đề nghị Hội LHPN quận phối hợp",
    [
      RELATED,
      WARD_COMMITTEES,
      unit("hoi-lien-hiep-phu-nu", LHPN, "Hội LHPN quận", "district", { requested: true }),
    ],
  ],
  [
    "t1-4.3",
    "lead",
    "Ban CHQS quận",
    [unit("ban-chi-huy-quan-su", "Ban Chỉ huy Quân sự quận Thanh Xuân", "Ban CHQS quận", "district")],
  ],
  [
    "t1-4.3",
    "coordinators",
    "Các phòng, ban, đơn vị liên quan; UBND các phường; đề nghị Hội CCB quận phối hợp",
    [
      RELATED,
      WARD_COMMITTEES,
      unit("hoi-cuu-chien-binh", CCB, "Hội CCB quận", "district", { requested: true }),
    ],
  ],
  [
    "t1-4.4",
    "lead",
    "Phòng LĐ-TBXH",
    [unit("phong-lao-dong-thuong-binh-xa-hoi", LDTBXH, "Phòng LĐ-TBXH", "district")],
  ],
  [
    "t1-4.4",
    "coordinators",
    "Các phòng, ban, đơn vị liên quan; UBND các phường; đề nghị UB MTTQ quận, Hội LHPN quận phối hợp",
    [
      RELATED,
      WARD_COMMITTEES,
      unit("uy-ban-mat-tran-to-quoc", MTTQ, "UB MTTQ quận", "district", { requested: true }),
      unit("hoi-lien-hiep-phu-nu", LHPN, "Hội LHPN quận", "district", { requested: true }),
    ],
  ],
  [
    "t1-5.1",
    "lead",
    "Đề nghị LĐLĐ quận",
    [
      unit("lien-doan-lao-dong", "Liên đoàn Lao động quận Thanh Xuân", "LĐLĐ quận", "district", {
        requested: true,
      }),
    ],
  ],
  [
    "t1-5.1",
    "coordinators",
    "Các phòng, ban, đơn vị liên quan; UBND các phường; Các DN trên địa bàn",
    [
      RELATED,
      WARD_COMMITTEES,
      group(
        "cac-doanh-nghiep-tren-dia-ban",
        "Các doanh nghiệp trên địa bàn quận Thanh Xuân",
        "Các DN trên địa bàn",
        [],
      ),
    ],
  ],
  [
    "t1-5.2",
    "lead",
    "Các đơn vị: Nội vụ; Ban QLDA ĐTXD quận",
    [
      unit("phong-noi-vu", NOI_VU, "Nội vụ", "district"),
      unit("ban-quan-ly-du-an-dau-tu-xay-dung", QLDA, "Ban QLDA ĐTXD quận", "district"),
    ],
  ],
  [
    "t1-5.2",
    "coordinators",
    "Các đơn vị liên quan; UBND phường Nhân Chính",
    [
      RELATED_UNITS,
      unit("ubnd-phuong-nhan-chinh", "Ủy ban nhân dân phường Nhân Chính", "UBND phường Nhân Chính", "ward"),
    ],
  ],
  [
    "t1-5.3",
    "lead",
    "- Đề nghị UB MTTQ và các tổ chức CT-XH quận; - Các đơn vị: QLĐT, TN&MT; Ban QLDA ĐTXD quận; Công an quận",
    [
      unit("uy-ban-mat-tran-to-quoc", MTTQ, "UB MTTQ", "district", { requested: true }),
      group(
        "cac-to-chuc-chinh-tri-xa-hoi",
        "Các tổ chức chính trị - xã hội quận Thanh Xuân",
        "các tổ chức CT-XH quận",
        ["hoi-lien-hiep-phu-nu", "hoi-cuu-chien-binh", "doan-thanh-nien", "lien-doan-lao-dong"],
        { requested: true },
      ),
      unit("phong-quan-ly-do-thi", "Phòng Quản lý đô thị quận Thanh Xuân", "QLĐT", "district"),
      unit(
        "phong-tai-nguyen-moi-truong",
        "Phòng Tài nguyên và Môi trường quận Thanh Xuân",
        "TN&MT",
        "district",
      ),
      unit("ban-quan-ly-du-an-dau-tu-xay-dung", QLDA, "Ban QLDA ĐTXD quận", "district"),
      unit("cong-an-quan", "Công an quận Thanh Xuân", "Công an quận", "district"),
    ],
  ],
  ["t1-5.3", "coordinators", "Các đơn vị liên quan; UBND các phường", [RELATED_UNITS, WARD_COMMITTEES]],
  ["t1-5.5", "lead", "Các đơn vị liên quan", [RELATED_UNITS]],
  ["t1-5.5", "coordinators", "UBND các phường", [WARD_COMMITTEES]],
  ["t2-1", "coordinators", STANDARD, [RELATED, WARD_COMMITTEES]],
];

/** A cell's words in the seed, where page breaks cut cells (3.6) and tab-separate them, compared word by word. */
function inSeed(cell: string): boolean {
  const words = keHoach70NamGiaiPhongThuDo.split(/\s+/u).join(" ");
  return cell
    .split(/\s*(?:phối hợp với|đơn vị;|đơn vị liên quan;)\s*/u)
    .every((part) => words.includes(part.trim()));
}

describe("the seed's lead and coordinator cells resolve to exact refs", () => {
  it.each(CELLS)("%s %s: %s", (_id, _column, cell, expected) => {
    expect(inSeed(cell)).toBe(true);
    const { refs, diagnostics } = resolveUnits(cell, { registry, date: DATE });
    expect(refs).toEqual(expected);
    expect(diagnostics).toEqual([]);
  });

  it("t2-1 lead: the sentence stays one unresolved ref with a diagnostic", () => {
    const cell =
      "Căn cứ chức năng, nhiệm vụ được giao, các phòng, ban, đơn vị liên quan chủ động tham mưu UBND quận tham gia các hoạt động do Thành phố tổ chức phù hợp tình hình thực tế của địa phương";
    expect(inSeed(cell)).toBe(true);
    const { refs, diagnostics } = resolveUnits(cell, { registry, date: DATE, location: { line: 120 } });
    expect(refs).toEqual([
      { unitId: null, name: cell, source: cell, requested: false, scope: "group", members: [], number: null },
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "unit.unresolved",
      severity: "warning",
      location: { line: 120, span: { start: 0, end: cell.length } },
    });
    expect(diagnostics[0]?.vi).toContain("Không nhận ra đơn vị");
  });

  it("t2-2 … t2-9: empty cells give no refs and no diagnostics", () => {
    expect(resolveUnits("", { registry, date: DATE })).toEqual({ refs: [], diagnostics: [] });
  });
});
