import type { PeriodWordInput } from "@kehoach/core";

/**
 * The time words of the 2025 celebrations, for `@kehoach/period` (through
 * core's plugin `periodVocabulary`): the two anniversaries by the names ward
 * plans use, and words the general grammar does not know or misreads —
 * "dịp A80" (the parade on Ba Đình Square, 2/9), "Tết Độc lập" (2/9, which the
 * general grammar would take for the lunar new year) and "Ngày hội toàn dân
 * bảo vệ an ninh Tổ quốc" (19/8).
 */
export const periodVocabulary: PeriodWordInput[] = [
  { text: "dịp Quốc khánh", aliases: ["dịp Quốc khánh 2/9", "dịp lễ Quốc khánh"], month: 9, day: 2 },
  {
    text: "dịp Cách mạng Tháng Tám",
    aliases: ["dịp kỷ niệm Cách mạng Tháng Tám", "dịp Cách mạng Tháng Tám thành công"],
    month: 8,
    day: 19,
  },
  { text: "Tết Độc lập", aliases: ["dịp Tết Độc lập"], month: 9, day: 2 },
  { text: "dịp A80", aliases: ["Lễ diễu binh, diễu hành A80", "dịp diễu binh A80"], month: 9, day: 2 },
  {
    text: "Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
    aliases: ["Ngày hội toàn dân bảo vệ ANTQ"],
    month: 8,
    day: 19,
  },
];
