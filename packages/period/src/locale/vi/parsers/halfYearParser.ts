import type { Parser } from "../../../engine/Chunk";
import { NUMBER_WORDS } from "../constants";
import { readNumber, readYearNumber, readYearOffsetWord, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

/**
 * "N tháng đầu/cuối năm": "6 tháng đầu năm 2024" (January–June), "sáu tháng cuối năm" (July–December),
 * "9 tháng đầu năm", "3 tháng cuối năm 2025".
 */
export const halfYearParser: Parser = {
  name: "halfYear",
  triggers: ["#", "ba", "sau", "chin", "hai", "bon", "nam", "bay", "tam", "mot", "muoi"],
  extract(context, i) {
    const { tokens } = context;
    const n = readNumber(tokens, i, 2);
    const count = n?.value ?? NUMBER_WORDS[wordAt(tokens, i)];
    if (count === undefined || count < 1 || count > 12) return null;
    let j = i + 1;
    if (wordAt(tokens, j) !== "thang") return null;
    j++;
    let side = wordAt(tokens, j);
    if (side !== "dau" && side !== "cuoi" && side !== "con") return null;
    j++;
    // "6 tháng còn lại của năm 2023": the last six months.
    if (side === "con") {
      if (wordAt(tokens, j) !== "lai") return null;
      side = "cuoi";
      j++;
      if (wordAt(tokens, j) === "cua") j++;
    }
    if (wordAt(tokens, j) !== "nam") return null;
    j++;
    const from = side === "dau" ? 1 : 13 - count;
    const to = side === "dau" ? count : 12;
    let sepJ = j;
    if (textAt(tokens, sepJ) === "/" || textAt(tokens, sepJ) === "-") sepJ++;
    const y = readYearNumber(tokens, sepJ);
    if (y)
      return makeChunk("halfYear", i, y.next, [
        { unit: "months", month: from, toMonth: to, year: y.value, yearSource: "stated" },
      ]);
    const rel = readYearOffsetWord(tokens, j);
    return makeChunk("halfYear", i, rel ? rel.next : j, [
      { unit: "months", month: from, toMonth: to, yearOffset: rel?.value },
    ]);
  },
};
