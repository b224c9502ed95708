import type { Parser, TimeOfDay } from "../../../engine/Chunk";
import { type Token, tokenAt } from "../../../text/tokenize";
import { wordTable } from "../../../text/wordTable";
import { glued, matchWords, readNumber, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

/** Parts of the day by folded word; "tối" and "sáng" must carry their accent ("tới" and "sang" are other words). */
const DAY_PARTS: Readonly<Record<string, { part: NonNullable<TimeOfDay["part"]>; raw?: string }>> = wordTable(
  {
    sang: { part: "morning", raw: "sáng" },
    trua: { part: "noon" },
    chieu: { part: "afternoon", raw: "chiều" },
    toi: { part: "evening", raw: "tối" },
    dem: { part: "night" },
    khuya: { part: "night" },
  },
);
/** Words that may follow a part of the day before its date: "sáng nay", "sáng mai", "sáng qua", "chiều hôm qua". */
const DAY_WORDS: readonly (readonly string[])[] = [
  ["hom", "nay"],
  ["hom", "qua"],
  ["hom", "sau"],
  ["nay"],
  ["mai"],
  ["qua"],
];

/**
 * The part of the day the word at `i` names ("Sáng", "tối"), or null. Written without accents, "toi"
 * and "sang" are read so only where "tới" / "sang" cannot be meant: not right after a number or a bracket.
 */
export function dayPartAt(tokens: readonly Token[], i: number): TimeOfDay["part"] {
  const word = wordAt(tokens, i);
  const entry = DAY_PARTS[word];
  if (!entry) return null;
  if (!entry.raw) return entry.part;
  const raw = tokens[i]?.raw.toLowerCase() ?? "";
  if (raw === entry.raw) return entry.part;
  if (raw !== word) return null;
  const before = tokenAt(tokens, i - 1);
  return before && (before.kind === "number" || before.text === ")") ? null : entry.part;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Clock times, read so that the day around them is kept and the time recorded: "8h00", "7h30", "8h",
 * "14:30", "8 giờ 30 phút sáng", "lúc 19 giờ 30 phút".
 */
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
    let minute = 0;
    const m = readNumber(tokens, j, 2);
    if (m && (unit !== "gio" || wordAt(tokens, m.next) === "phut" || m.value < 60)) {
      if (m.value >= 60) return null;
      minute = m.value;
      j = m.next;
      if (wordAt(tokens, j) === "phut" || wordAt(tokens, j) === "p") j++;
    }
    const part = dayPartAt(tokens, j);
    if (part) j++;
    const time: TimeOfDay = { clock: `${two(h.value)}:${two(minute)}`, part };
    return makeChunk("clock", i, j, [], { role: "ignore", time });
  },
};

/**
 * Parts of the day before a date: "Sáng 15/12", "Tối ngày 08/6", "sáng nay 4-7", "Sáng mai, 15-11",
 * "buổi sáng 15/10", "đêm 23/2", "chiều qua": the day is kept, the part of the day recorded.
 */
export const dayPartParser: Parser = {
  name: "dayPart",
  triggers: ["sang", "trua", "chieu", "toi", "dem", "khuya", "buoi", "hom"],
  extract(context, i) {
    const { tokens } = context;
    // "Hôm qua 25.12", "hôm nay 1/7": a relative day before its date, read so that the date follows it.
    if (wordAt(tokens, i) === "hom") {
      const day = wordAt(tokens, i + 1);
      if (day !== "qua" && day !== "nay" && day !== "mai") return null;
      const after = tokens[textAt(tokens, i + 2) === "," ? i + 3 : i + 2];
      return after?.kind === "number" ? makeChunk("dayPart", i, i + 2, [], { role: "ignore" }) : null;
    }
    const at = wordAt(tokens, i) === "buoi" ? i + 1 : i;
    const part = dayPartAt(tokens, at);
    if (!part) return null;
    let j = at + 1;
    for (const words of DAY_WORDS) {
      if (matchWords(tokens, j, words)) {
        j += words.length;
        break;
      }
    }
    // Only before a date or a clock time: "sáng 15/12", "tối ngày 8/6", "sáng 7h30", "sáng mai, 15-11".
    const next = tokens[textAt(tokens, j) === "," ? j + 1 : j];
    if (
      !next ||
      (next.kind !== "number" &&
        next.text !== "ngay" &&
        next.text !== "mung" &&
        next.text !== "mong" &&
        next.text !== "luc")
    ) {
      return null;
    }
    return makeChunk("dayPart", i, j, [], { role: "ignore", time: { clock: null, part } });
  },
};
