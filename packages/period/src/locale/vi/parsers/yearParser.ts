import type { Parser } from "../../../engine/Chunk";
import { matchWords, readNumber, readYearNumber, readYearOffsetWord, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

const WHOLE_YEAR_LEADS = new Set(["ca", "quanh", "suot", "trong"]);
const PERIOD_LEADS: readonly string[][] = [["giai", "doan"], ["gd"], ["nhiem", "ky"], ["thoi", "ky"]];

function readSecondYear(tokens: Parameters<typeof readNumber>[0], i: number, first: number) {
  const sep = textAt(tokens, i);
  if (sep !== "-" && sep !== "den" && sep !== "toi" && sep !== "/") return null;
  let j = i + 1;
  if (wordAt(tokens, j) === "nam") j++;
  const full = readYearNumber(tokens, j);
  if (full && full.value >= first) return full;
  const short = readNumber(tokens, j, 2);
  if (short && tokens[j]?.text.length === 2) {
    const value = Math.floor(first / 100) * 100 + short.value;
    if (value > first) return { value, next: short.next };
  }
  return null;
}

/**
 * Years: "năm 2024", "trong năm 2024", "cả năm", "năm nay", "năm 2024-2025", "giai đoạn 2021-2025",
 * "năm học 2024-2025" (1 September to 31 May), and a bare "2024".
 */
export const yearParser: Parser = {
  name: "year",
  triggers: ["nam", "ca", "quanh", "suot", "trong", "giai", "gd", "nhiem", "thoi", "#"],
  extract(context, i) {
    const { tokens } = context;
    const w = wordAt(tokens, i);
    for (const lead of PERIOD_LEADS) {
      if (lead[0] === w && matchWords(tokens, i, lead)) {
        let j = i + lead.length;
        if (textAt(tokens, j) === ":") j++;
        if (wordAt(tokens, j) === "nam") j++;
        const a = readYearNumber(tokens, j);
        if (!a) return null;
        const b = readSecondYear(tokens, a.next, a.value);
        if (!b) return null;
        return makeChunk("year", i, b.next, [
          { unit: "years", year: a.value, toYear: b.value, yearSource: "stated" },
        ]);
      }
    }
    if (WHOLE_YEAR_LEADS.has(w)) {
      if (wordAt(tokens, i + 1) !== "nam") return null;
      if (readYearNumber(tokens, i + 2) || wordAt(tokens, i + 2) === "hoc") return null;
      if (readNumber(tokens, i + 2)) return null;
      return makeChunk("year", i, i + 2, [{ unit: "year" }]);
    }
    if (w === "nam") {
      if (wordAt(tokens, i + 1) === "hoc") {
        const a = readYearNumber(tokens, i + 2);
        if (!a) return null;
        const b = readSecondYear(tokens, a.next, a.value);
        return makeChunk("year", i, b ? b.next : a.next, [
          { unit: "schoolYear", year: a.value, yearSource: "stated" },
        ]);
      }
      const a = readYearNumber(tokens, i + 1);
      if (a) {
        const b = readSecondYear(tokens, a.next, a.value);
        if (b && textAt(tokens, a.next) !== "/") {
          return makeChunk("year", i, b.next, [
            { unit: "years", year: a.value, toYear: b.value, yearSource: "stated" },
          ]);
        }
        return makeChunk("year", i, a.next, [{ unit: "year", year: a.value, yearSource: "stated" }]);
      }
      const rel = readYearOffsetWord(tokens, i + 1);
      if (rel) return makeChunk("year", i, rel.next, [{ unit: "year", yearOffset: rel.value }]);
      return null;
    }
    // A bare year: "2024", "2021-2025".
    const a = readYearNumber(tokens, i);
    if (!a || a.value < 1900 || a.value > 2100) return null;
    const before = textAt(tokens, i - 1);
    if (before === "so" || before === "/" || before === "." || before === "-" || before === ":") return null;
    const after = textAt(tokens, a.next);
    if ((after === "/" || after === ".") && tokens[a.next + 1]) return null;
    const b = readSecondYear(tokens, a.next, a.value);
    if (b)
      return makeChunk("year", i, b.next, [
        { unit: "years", year: a.value, toYear: b.value, yearSource: "stated" },
      ]);
    return makeChunk("year", i, a.next, [{ unit: "year", year: a.value, yearSource: "stated" }]);
  },
};
