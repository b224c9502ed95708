import { describe, expect, it } from "vitest";
import { findTargets } from "./index";

const RESULT_4_2 =
  "(1) Quận thực hiện dâng hương tại NTLS; tặng quà 55 gia đình chính sách. (2) Hội LHPN quận thăm, tặng quà 17 trường hợp phụ nữ, trẻ em có hoàn cảnh khó khăn";
const RESULT_4_4 =
  "(1) UB MTTQ quận, phòng LĐ-TBXH quận tham mưu Quận: Hỗ trợ xây dựng, sửa chữa nhà ở cho 05 hộ gia đình (2) Hội LHPN quận sửa 02 nhà cho phụ nữ có HCKK (phường KĐ, TXB)";

describe("findTargets", () => {
  it("finds the targets of 4.2 with their clause, lead and span", () => {
    const targets = findTargets(RESULT_4_2, { level: "district" });
    expect(targets).toEqual([
      {
        quantity: 55,
        noun: "gia đình chính sách",
        text: "tặng quà 55 gia đình chính sách",
        level: "district",
        lead: 1,
        span: {
          start: RESULT_4_2.indexOf("55"),
          end: RESULT_4_2.indexOf("55") + "55 gia đình chính sách".length,
        },
      },
      {
        quantity: 17,
        noun: "trường hợp",
        text: "Hội LHPN quận thăm, tặng quà 17 trường hợp phụ nữ, trẻ em có hoàn cảnh khó khăn",
        level: "district",
        lead: 2,
        span: { start: RESULT_4_2.indexOf("17"), end: RESULT_4_2.indexOf("17") + "17 trường hợp".length },
      },
    ]);
  });
  it("finds the targets of 4.4", () => {
    const targets = findTargets(RESULT_4_4, { level: "district" });
    expect(targets.map((t) => [t.quantity, t.noun, t.lead])).toEqual([
      [5, "hộ gia đình", 1],
      [2, "nhà", 2],
    ]);
    expect(targets[1]?.text).toBe("Hội LHPN quận sửa 02 nhà cho phụ nữ có HCKK (phường KĐ, TXB)");
  });
  it("finds 11 tuyến phố at ward level", () => {
    const text =
      "Thực hiện tuyên truyền cổ động trực quan điểm nhấn tại 11 tuyến phố điểm đã đăng ký với UBND quận";
    expect(findTargets(text, { level: "ward" })).toMatchObject([
      { quantity: 11, noun: "tuyến phố", level: "ward", lead: null },
    ]);
  });
  it("accepts extra nouns and thousands separators", () => {
    expect(findTargets("trồng 1.200 cây sao đen", { level: "ward", nouns: ["cây sao đen"] })).toMatchObject([
      { quantity: 1200, noun: "cây sao đen" },
    ]);
  });
  it("gives spans into NFD input", () => {
    const nfd = "tặng quà 55 gia đình".normalize("NFD");
    const [target] = findTargets(nfd, { level: "district" });
    expect(target && nfd.slice(target.span.start, target.span.end).normalize("NFC")).toBe("55 gia đình");
  });
});
