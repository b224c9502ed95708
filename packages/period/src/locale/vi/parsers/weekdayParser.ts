import type { Parser } from "../../../engine/Chunk";
import { readNumber, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

const DAY_WORDS = new Set(["hai", "ba", "tu", "nam", "sau", "bay"]);

/** Weekdays, read so that they are ignored: "thứ Hai", "thứ 7", "Chủ nhật" ("thứ" after "lần"/"tuần" is not one). */
export const weekdayParser: Parser = {
  name: "weekday",
  triggers: ["thu", "chu", "cn"],
  extract(context, i) {
    const { tokens } = context;
    const w = wordAt(tokens, i);
    if (w === "chu")
      return wordAt(tokens, i + 1) === "nhat" ? makeChunk("weekday", i, i + 2, [], { role: "ignore" }) : null;
    if (w === "cn")
      return tokens[i]?.raw === "CN" ? makeChunk("weekday", i, i + 1, [], { role: "ignore" }) : null;
    const before = wordAt(tokens, i - 1);
    if (before === "lan" || before === "tuan" || before === "ky") return null;
    const n = readNumber(tokens, i + 1, 1);
    if (n && n.value >= 2 && n.value <= 7) {
      if (textAt(tokens, n.next) === "/" || textAt(tokens, n.next) === ".") return null;
      return makeChunk("weekday", i, n.next, [], { role: "ignore" });
    }
    if (DAY_WORDS.has(wordAt(tokens, i + 1))) return makeChunk("weekday", i, i + 2, [], { role: "ignore" });
    return null;
  },
};
