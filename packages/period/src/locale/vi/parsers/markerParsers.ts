import type { Parser, ParsingContext } from "../../../engine/Chunk";
import { matchWords, readNumber, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

const STOP_WORDS = new Set([
  "den",
  "toi",
  "truoc",
  "cham",
  "hoan",
  "tu",
  "vao",
  "trong",
  "thang",
  "quy",
  "cao",
  "dip",
  "nhan",
]);
const STOP_PUNCT = new Set([",", ";", "(", ")", ".", ":"]);
const DURATION_UNITS = new Set(["ngay", "tuan", "thang", "nam"]);

/** The end of a relative clause that starts at `from`: the next punctuation, number, time word or line. */
function clauseEnd(context: ParsingContext, from: number): number {
  const { tokens } = context;
  let j = from;
  for (let guard = 0; guard < 12; guard++) {
    const t = tokens[j];
    if (!t || t.lineStart || t.kind === "number" || STOP_PUNCT.has(t.text)) break;
    if (t.text === "-" && t.spaced) break;
    if (STOP_WORDS.has(t.text)) break;
    j++;
  }
  return j;
}

/**
 * Relative markers: "theo tiến độ của dự án", "theo chỉ đạo của Thành phố", "từ ngày thông báo",
 * "sau 45 ngày ra quân", and those a plugin adds.
 */
export const relativeParser: Parser = {
  name: "relative",
  triggers: ["@relative"],
  extract(context, i) {
    const { tokens } = context;
    const w = wordAt(tokens, i);
    if (w === "sau") {
      const n = readNumber(tokens, i + 1, 3);
      if (n && DURATION_UNITS.has(wordAt(tokens, n.next)) && tokens[n.next + 1]?.kind !== "number") {
        const end = clauseEnd(context, n.next + 1);
        return makeChunk("relative", i, end, [], { role: "relative", relativeTo: "event" });
      }
    }
    const entries = context.vocabulary.relative.get(w);
    if (!entries) return null;
    for (const entry of entries) {
      if (!matchWords(tokens, i, entry.words)) continue;
      if (
        textAt(tokens, i + entry.words.length) === "/" ||
        tokens[i + entry.words.length]?.kind === "number"
      ) {
        continue;
      }
      const end = Math.max(i + entry.words.length, clauseEnd(context, i + entry.words.length));
      return makeChunk("relative", i, end, [], { role: "relative", relativeTo: entry.to });
    }
    return null;
  },
};

/** Recurring markers: "thường xuyên", "hằng năm" / "hàng năm", "hằng tháng", "định kỳ", and a plugin's. */
export const recurringParser: Parser = {
  name: "recurring",
  triggers: ["@recurring"],
  extract(context, i) {
    const entries = context.vocabulary.recurring.get(wordAt(context.tokens, i));
    if (!entries) return null;
    for (const entry of entries) {
      if (matchWords(context.tokens, i, entry)) {
        return makeChunk("recurring", i, i + entry.length, [], { role: "recurring" });
      }
    }
    return null;
  },
};
