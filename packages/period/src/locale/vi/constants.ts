/**
 * Word tables of the Vietnamese locale, in accent-folded form (lower case,
 * no diacritics: "tháng Mười" → "thang muoi"), since matching is accent-insensitive.
 */
import { wordTable } from "../../text/wordTable";

/** Roman numerals used for quarters and months ("Quý III", "tháng XII"). */
export const ROMAN: Readonly<Record<string, number>> = wordTable({
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
});

/** Number words 1–12 ("một" … "mười hai"), including "tư" and "giêng"/"chạp" for months. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
});

/** Month names after "tháng" ("tháng Giêng", "tháng Tư", "tháng Mười Hai", "tháng Chạp"). */
export const MONTH_WORDS: Readonly<Record<string, number>> = wordTable({
  gieng: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  chap: 12,
});

/** Month names that belong to the lunar calendar only ("tháng Giêng", "tháng Chạp"). */
export const LUNAR_MONTH_WORDS: ReadonlySet<string> = new Set(["gieng", "chap"]);

/** Window words before "tháng"/"năm"/"quý": "đầu", "giữa", "cuối", and the ten-day "tuần" words. */
export const PART_WORDS: Readonly<Record<string, "early" | "mid" | "late">> = wordTable({
  dau: "early",
  giua: "mid",
  cuoi: "late",
});

/** "thượng tuần" / "trung tuần" / "hạ tuần": the first, middle and last ten days of a month. */
export const DECADE_WORDS: Readonly<Record<string, "early" | "mid" | "late">> = wordTable({
  thuong: "early",
  trung: "mid",
  ha: "late",
});

/** Deadline openers: "trước", "chậm nhất", "hạn chót", … with how the bound is computed. */
export const DEADLINE_PHRASES: readonly { words: string[]; mode: "before" | "by" }[] = [
  { words: ["hoan", "thanh", "truoc"], mode: "before" },
  { words: ["xong", "truoc"], mode: "before" },
  { words: ["truoc"], mode: "before" },
  { words: ["cham", "nhat"], mode: "by" },
  { words: ["muon", "nhat"], mode: "by" },
  { words: ["han", "chot"], mode: "by" },
  { words: ["han", "cuoi"], mode: "by" },
  { words: ["thoi", "han"], mode: "by" },
  { words: ["khong", "muon", "hon"], mode: "by" },
  { words: ["khong", "qua"], mode: "by" },
];

/** Words that may stand between an opener ("trước", "từ", "cao điểm") and its date. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  "ngay",
  "la",
  "vao",
  "trong",
  "thoi",
  "gian",
  "hoan",
  "thanh",
  "tu",
  "dip",
]);

/** Relative markers: the words and what the phrase is tied to. */
export const RELATIVE_PHRASES: readonly { words: string[]; to: string }[] = [
  { words: ["theo", "tien", "do"], to: "schedule" },
  { words: ["theo", "chi", "dao"], to: "direction" },
  { words: ["theo", "ke", "hoach"], to: "plan" },
  { words: ["theo", "yeu", "cau"], to: "request" },
  { words: ["theo", "huong", "dan"], to: "guidance" },
  { words: ["theo", "thong", "bao"], to: "notice" },
  { words: ["theo", "lich"], to: "schedule" },
  { words: ["theo", "cac", "dot"], to: "waves" },
  { words: ["theo", "dot"], to: "waves" },
  { words: ["theo", "tung", "dot"], to: "waves" },
  { words: ["theo", "quy", "dinh"], to: "regulation" },
  { words: ["tu", "ngay", "thong", "bao"], to: "notice" },
  { words: ["ke", "tu", "ngay"], to: "event" },
  { words: ["tu", "ngay", "ky"], to: "signature" },
  { words: ["tu", "ngay", "ban", "hanh"], to: "signature" },
  { words: ["tu", "khi"], to: "event" },
  { words: ["sau", "khi"], to: "event" },
  { words: ["ngay", "sau", "khi"], to: "event" },
  { words: ["khi", "co"], to: "event" },
];

/** Recurring markers: "thường xuyên", "hằng năm"/"hàng năm", "định kỳ", … */
export const RECURRING_PHRASES: readonly string[][] = [
  ["thuong", "xuyen"],
  ["hang", "nam"],
  ["hang", "thang"],
  ["hang", "quy"],
  ["hang", "tuan"],
  ["hang", "ngay"],
  ["dinh", "ky"],
];

/** Level words after "cấp" in a labelled part. */
export const LEVEL_WORDS: readonly { words: string[]; level: "district" | "ward" | "city" | "national" }[] = [
  { words: ["quan"], level: "district" },
  { words: ["huyen"], level: "district" },
  { words: ["thi", "xa"], level: "district" },
  { words: ["phuong"], level: "ward" },
  { words: ["xa"], level: "ward" },
  { words: ["co", "so"], level: "ward" },
  { words: ["thi", "tran"], level: "ward" },
  { words: ["thanh", "pho"], level: "city" },
  { words: ["tp"], level: "city" },
  { words: ["tinh"], level: "city" },
  { words: ["trung", "uong"], level: "national" },
  { words: ["quoc", "gia"], level: "national" },
  { words: ["toan", "quoc"], level: "national" },
];

/** Named days of the Vietnamese calendar: solar holidays and lunar festivals. */
export const NAMED_DAYS: readonly { names: string[]; month: number; day: number; lunar: boolean }[] = [
  { names: ["Tết Nguyên đán", "Tết Âm lịch", "Tết cổ truyền", "Tết"], month: 1, day: 1, lunar: true },
  { names: ["Rằm tháng Giêng", "Tết Nguyên tiêu"], month: 1, day: 15, lunar: true },
  { names: ["Giỗ Tổ Hùng Vương", "Giỗ tổ"], month: 3, day: 10, lunar: true },
  { names: ["Tết Đoan ngọ"], month: 5, day: 5, lunar: true },
  { names: ["Lễ Vu lan", "Vu lan", "Rằm tháng Bảy"], month: 7, day: 15, lunar: true },
  { names: ["Tết Trung thu", "Trung thu"], month: 8, day: 15, lunar: true },
  { names: ["ông Công ông Táo", "Tết ông Công ông Táo"], month: 12, day: 23, lunar: true },
  { names: ["Tết Dương lịch"], month: 1, day: 1, lunar: false },
  { names: ["Ngày thành lập Đảng", "thành lập Đảng Cộng sản Việt Nam"], month: 2, day: 3, lunar: false },
  { names: ["Quốc tế Phụ nữ"], month: 3, day: 8, lunar: false },
  { names: ["thành lập Đoàn"], month: 3, day: 26, lunar: false },
  {
    names: ["Giải phóng miền Nam", "Giải phóng hoàn toàn miền Nam", "Ngày Thống nhất"],
    month: 4,
    day: 30,
    lunar: false,
  },
  { names: ["Quốc tế Lao động"], month: 5, day: 1, lunar: false },
  { names: ["Chiến thắng Điện Biên Phủ"], month: 5, day: 7, lunar: false },
  {
    names: ["sinh nhật Bác", "sinh nhật Chủ tịch Hồ Chí Minh", "Ngày sinh Chủ tịch Hồ Chí Minh"],
    month: 5,
    day: 19,
    lunar: false,
  },
  { names: ["Quốc tế Thiếu nhi"], month: 6, day: 1, lunar: false },
  { names: ["Thương binh Liệt sĩ", "Thương binh - Liệt sĩ"], month: 7, day: 27, lunar: false },
  { names: ["Cách mạng tháng Tám"], month: 8, day: 19, lunar: false },
  { names: ["Quốc khánh"], month: 9, day: 2, lunar: false },
  { names: ["Giải phóng Thủ đô"], month: 10, day: 10, lunar: false },
  { names: ["Phụ nữ Việt Nam"], month: 10, day: 20, lunar: false },
  { names: ["Nhà giáo Việt Nam"], month: 11, day: 20, lunar: false },
  {
    names: ["thành lập Quân đội nhân dân Việt Nam", "Quốc phòng toàn dân"],
    month: 12,
    day: 22,
    lunar: false,
  },
  { names: ["Giáng sinh", "Noel"], month: 12, day: 25, lunar: false },
];
