// A large plan written the way the Thanh Xuân district writes its plans (the seed's
// header and title lines, then sections of numbered activities), every row distinct:
// titles, expected results, time cells and numbers vary from row to row, while leads
// and coordinators are drawn from the district's units as offices spell them (full
// names, abbreviations, "Đề nghị …", numbered lists, ward committees, now and then a
// unit the registry does not know). Deterministic: the same `n` and `seed` give the
// same text. Used by the import benchmark and by the regression snapshot test.
import Papa from "papaparse";
import { random } from "./random";
import { seedText } from "./seed";
import { type SeedTable, seedDocx, seedTables, seedXlsx } from "./seedRenditions";

const WARDS = [
  "Hạ Đình",
  "Khương Đình",
  "Kim Giang",
  "Khương Mai",
  "Khương Trung",
  "Nhân Chính",
  "Phương Liệt",
  "Thượng Đình",
  "Thanh Xuân Bắc",
  "Thanh Xuân Nam",
  "Thanh Xuân Trung",
];

const LEADS = [
  "Phòng Nội vụ",
  "Phòng Văn hóa và Thông tin quận",
  "Phòng VH&TT",
  "Trung tâm Văn hóa - Thông tin và Thể thao",
  "TTVH-TT&TT quận",
  "P. QLĐT",
  "Phòng Quản lý đô thị",
  "Phòng LĐ-TBXH",
  "Phòng Lao động - Thương binh và Xã hội",
  "Phòng GD&ĐT",
  "Phòng Giáo dục và Đào tạo",
  "Phòng TN&MT",
  "Ban QLDA ĐTXD quận",
  "Ban CHQS quận",
  "Công an quận",
  "Đề nghị Hội LHPN quận",
  "Đề nghị Hội CCB quận",
  "Đề nghị LĐLĐ quận",
  "Đề nghị UB MTTQ quận",
  "Đoàn TNCS HCM quận",
  "UBND quận",
  "Phòng Y tế quận",
  "Phòng Tư pháp",
];

const COORDINATORS = [
  "Các phòng, ban, đơn vị liên quan; UBND các phường",
  "Các đơn vị liên quan; UBND các phường",
  "Các phòng, ban, đơn vị liên quan",
  "Các phòng, ban, đơn vị liên quan; UBND các phường; Các DN trên địa bàn",
  "Các phòng, ban, đơn vị liên quan; UBND các phường; đề nghị Hội LHPN quận phối hợp",
  "Các phòng, ban, đơn vị liên quan; UBND, Hội CCB, Đoàn TNCS HCM các phường",
  "Phòng VH&TT; Trung tâm VH-TT&TT",
  "Công an quận; Ban CHQS quận",
  "UB MTTQ quận và các tổ chức CT-XH quận",
  "Các tổ chức CT-XH",
];

const VERBS = [
  "Tổ chức",
  "Triển khai",
  "Tuyên truyền",
  "Phát động",
  "Hướng dẫn",
  "Kiểm tra, đôn đốc",
  "Tổng kết",
  "Xây dựng",
  "Rà soát",
  "Hỗ trợ",
  "Thăm và tặng quà",
  "Biên soạn",
];

const OBJECTS = [
  "hội nghị tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô",
  "đợt ra quân tổng vệ sinh môi trường “sáng, xanh, sạch, đẹp”",
  "cuộc thi tìm hiểu lịch sử Thủ đô",
  "liên hoan văn nghệ quần chúng",
  "giải chạy vì sức khỏe cộng đồng",
  "chương trình gặp mặt cựu chiến binh",
  "mô hình “Sân chơi trong phố”",
  "công tác trang trí, cổ động trực quan",
  "các gia đình chính sách tiêu biểu",
  "phong trào thi đua lao động giỏi",
  "tọa đàm về truyền thống cách mạng",
  "triển lãm ảnh nghệ thuật",
  "sửa chữa nhà ở cho hộ cận nghèo",
  "kiểm tra trật tự đô thị trên các tuyến phố chính",
];

const UNITS_OF_WORK = ["hội nghị", "buổi", "lượt", "tin, bài", "pano", "hộ gia đình", "suất quà", "đợt"];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function timeCell(rand: () => number): string {
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const quarter = ["I", "II", "III", "IV"][Math.floor(rand() * 4)] as string;
  switch (Math.floor(rand() * 12)) {
    case 0:
      return `Quý ${quarter}/2024`;
    case 1:
      return "Quý III-IV/2024";
    case 2:
      return `Tháng ${month}/2024`;
    case 3:
      return `Hoàn thành trước ngày ${day}/${month}/2024`;
    case 4:
      return `Từ ${day}/${month}/2024 đến 31/12/2024`;
    case 5:
      return "Trong năm 2024";
    case 6:
      return `Tuần đầu tháng ${month}/2024`;
    case 7:
      return "Thường xuyên";
    case 8:
      return `Từ tháng ${Math.min(month, 9)}-${Math.min(month, 9) + 3}/2024`;
    case 9:
      return `- Cấp quận hoàn thành trước tháng ${month}/2024; - Tham gia cấp Thành phố tháng ${Math.min(month + 1, 12)}/2024`;
    case 10:
      return `Trong năm 2024; cao điểm trong tháng ${String(month).padStart(2, "0")}/2024`;
    default:
      return "Theo tiến độ của dự án";
  }
}

function title(rand: () => number, n: number): string {
  const ward = pick(rand, WARDS);
  const base = `${pick(rand, VERBS)} ${pick(rand, OBJECTS)} tại phường ${ward} (đợt ${n})`;
  const r = rand();
  if (r < 0.15) {
    const number = 10 + Math.floor(rand() * 900);
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 6);
    return `${base} <i>Theo Kế hoạch số ${number}/KH-UBND ngày ${day}/${month}/2024 của UBND quận về ${pick(rand, OBJECTS)}</i>`;
  }
  if (r < 0.22) return `${base}; <b>tạo điểm nhấn trên tuyến phố ${pick(rand, WARDS)}</b>`;
  return base;
}

function result(rand: () => number, n: number): string {
  const count = 2 + Math.floor(rand() * 60);
  const what = `${pick(rand, VERBS)} ${count} ${pick(rand, UNITS_OF_WORK)} tại ${1 + Math.floor(rand() * 11)} phường`;
  if (rand() < 0.3) {
    return `(1) ${what}. (2) ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} theo kế hoạch số ${n}`;
  }
  return what;
}

function wardResult(rand: () => number): string {
  const r = rand();
  if (r < 0.4) return "";
  if (r < 0.7)
    return "- Thực hiện theo chỉ đạo chung của quận - Tổ chức các hoạt động phù hợp với tình hình thực tế tại địa phương.";
  return `Phường ${pick(rand, WARDS)}: ${pick(rand, VERBS).toLowerCase()} ${2 + Math.floor(rand() * 20)} ${pick(rand, UNITS_OF_WORK)}`;
}

function lead(rand: () => number): string {
  const r = rand();
  if (r < 0.1) return `(1) ${pick(rand, LEADS)}; (2) ${pick(rand, LEADS)}`;
  if (r < 0.15) return `UBND phường ${pick(rand, WARDS)}`;
  return pick(rand, LEADS);
}

/**
 * The text of a plan with `n` activity rows (group rows included) under the
 * seed's title lines and two-row header, as tab-separated lines.
 */
export function generatedPlanText(n: number, seed = 70): string {
  const rand = random(seed);
  const lines = seedText.split("\n");
  const out = [...lines.slice(0, 5), "", ...lines.slice(6, 8)];
  let made = 0;
  let section = 0;
  while (made < n) {
    section++;
    out.push(
      `${section}\t${pick(rand, ["Các hoạt động", "Công tác", "Nhóm nhiệm vụ"])} ${pick(rand, OBJECTS)}\t\t\t\t\t`,
    );
    made++;
    const size = 4 + Math.floor(rand() * 12);
    for (let i = 1; i <= size && made < n; i++) {
      made++;
      const cells = [
        `${section}.${i}`,
        title(rand, made),
        lead(rand),
        pick(rand, COORDINATORS),
        timeCell(rand),
        result(rand, made),
        wardResult(rand),
      ];
      out.push(cells.join("\t"));
      if (rand() < 0.08) {
        for (const letter of ["a", "b", "c"].slice(0, 2 + Math.floor(rand() * 2))) {
          if (made >= n) break;
          made++;
          out.push(
            [`${letter})`, title(rand, made), lead(rand), "", timeCell(rand), result(rand, made), ""].join(
              "\t",
            ),
          );
        }
      }
    }
  }
  return `${out.join("\n")}\n`;
}

/** The generated plan's table (titles, header, rows as runs) for the Word and Excel renditions. */
export function generatedPlanTables(n: number, seed = 70): SeedTable[] {
  return seedTables(generatedPlanText(n, seed));
}

/** The generated plan as a .docx (as `seedDocx` lays the seed out). */
export function generatedPlanDocx(n: number, seed = 70): Promise<Uint8Array> {
  return seedDocx(generatedPlanTables(n, seed));
}

/** The generated plan as an .xlsx (as `seedXlsx` lays the seed out). */
export function generatedPlanXlsx(n: number, seed = 70): Promise<Uint8Array> {
  return seedXlsx(false, generatedPlanTables(n, seed));
}

/** The generated plan as CSV: a line with tabs is a record, any other line a one-cell record. */
export function generatedPlanCsv(n: number, seed = 70): string {
  const records = generatedPlanText(n, seed)
    .split("\n")
    .map((line) => (line.includes("\t") ? line.split("\t") : [line]));
  return Papa.unparse(records, { delimiter: ",", newline: "\n", quotes: false });
}
