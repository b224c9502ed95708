import type { Parser } from "../../../engine/Chunk";
import { glued, readNumber, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

const DAY_TIME = new Set(["sang", "chieu", "toi", "trua", "dem"]);

/** Clock times, read so that they are ignored: "8h00", "8h", "14:30", "8 giờ 30 phút sáng". */
export const clockParser: Parser = {
  name: "clock",
  triggers: ["#"],
  extract(context, i) {
    const { tokens } = context;
    const h = readNumber(tokens, i, 2);
    if (!h || h.value > 24) return null;
    const unit = textAt(tokens, h.next);
    let j: number;
    if ((unit === "h" || unit === "g") && glued(tokens, h.next)) j = h.next + 1;
    else if (unit === "gio") j = h.next + 1;
    else if (unit === ":" && glued(tokens, h.next) && tokens[h.next + 1]?.text.length === 2) j = h.next + 1;
    else return null;
    const m = readNumber(tokens, j, 2);
    if (m && (unit !== "gio" || wordAt(tokens, m.next) === "phut" || m.value < 60)) {
      if (m.value >= 60) return null;
      j = m.next;
      if (wordAt(tokens, j) === "phut" || wordAt(tokens, j) === "p") j++;
    }
    if (DAY_TIME.has(wordAt(tokens, j))) j++;
    return makeChunk("clock", i, j, [], { role: "ignore" });
  },
};
