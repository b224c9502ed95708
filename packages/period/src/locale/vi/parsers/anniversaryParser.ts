import type { Parser } from "../../../engine/Chunk";
import { matchWords, readNumber, readYearNumber, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";
import { matchNamedDay } from "./namedDayParser";

const KY_NIEM: readonly string[] = ["ky", "niem"];
const CLAUSE_END = new Set([",", ";", "(", ")", ".", ":"]);
/** Words the event's name stops before: "kỷ niệm các ngày lễ lớn trong Quý II năm 2021". */
const TIME_WORDS = new Set(["trong", "quy", "thang", "nam", "tu", "den", "vao", "truoc", "dip"]);

/**
 * Anniversaries: "dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô" is the anniversary day from the
 * `anniversary` option (or from a date range in brackets after it), else a relative marker.
 * Without "dịp", "kỷ niệm 70 năm Ngày …" names an event and is skipped, not read as a date.
 */
export const anniversaryParser: Parser = {
  name: "anniversary",
  triggers: ["dip", "nhan", "ky"],
  extract(context, i) {
    const { tokens } = context;
    let j = i;
    let occasion = false;
    if (wordAt(tokens, j) === "nhan") {
      if (wordAt(tokens, j + 1) !== "dip") return null;
      j += 2;
      occasion = true;
    } else if (wordAt(tokens, j) === "dip") {
      j++;
      occasion = true;
    }
    if (!matchWords(tokens, j, KY_NIEM)) return null;
    j += 2;
    const years = readNumber(tokens, j, 4);
    if (years && wordAt(tokens, years.next) === "nam") j = years.next + 1;
    if (wordAt(tokens, j) === "ngay") j++;
    const named = matchNamedDay(context, j);
    if (named) j = named.next;
    else {
      for (let guard = 0; guard < 8; guard++) {
        const t = tokens[j];
        if (t?.kind !== "word" || t.lineStart || TIME_WORDS.has(t.text)) break;
        j++;
      }
    }
    let dated: { day: number; month: number; year: number } | null = null;
    if (textAt(tokens, j) === "(") {
      let k = j + 1;
      for (let guard = 0; guard < 24 && k < tokens.length && textAt(tokens, k) !== ")"; guard++) {
        const d = readNumber(tokens, k, 2);
        const m = d && textAt(tokens, d.next) === "/" ? readNumber(tokens, d.next + 1, 2) : null;
        const y = m && textAt(tokens, m.next) === "/" ? readYearNumber(tokens, m.next + 1) : null;
        if (d && m && y) {
          dated = { day: d.value, month: m.value, year: y.value };
          k = y.next;
        } else k++;
      }
      if (textAt(tokens, k) === ")") j = k + 1;
    }
    if (!occasion) return makeChunk("anniversary", i, j, [], { role: "ignore" });
    if (context.anniversary !== null) {
      return makeChunk("anniversary", i, j, [
        { unit: "fixed", fixedStart: context.anniversary, fixedEnd: context.anniversary },
      ]);
    }
    if (dated) {
      return makeChunk("anniversary", i, j, [{ unit: "day", ...dated, yearSource: "stated" }]);
    }
    while (j > i && CLAUSE_END.has(textAt(tokens, j - 1))) j--;
    return makeChunk("anniversary", i, j, [], { role: "relative", relativeTo: "anniversary" });
  },
};
