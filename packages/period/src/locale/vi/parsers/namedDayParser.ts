import type { NamedDayEntry, Parser, ParsingContext } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";
import { CAN, CHI } from "../../../lunar/canChi";
import { foldWord } from "../../../text/foldText";
import { matchWords, readYearNumber, readYearSuffix, SLASH_OR_DASH, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

const CAN_FOLDED = CAN.map((c) => foldWord(c));
const CHI_FOLDED = CHI.map((c) => foldWord(c));

/** Reads a Can Chi year name ("Giáp Thìn") and returns its position 0–59 in the cycle (0 = Giáp Tý). */
export function readCanChi(context: ParsingContext, i: number): { cycle: number; next: number } | null {
  const can = CAN_FOLDED.indexOf(wordAt(context.tokens, i));
  if (can < 0) return null;
  const chiWord = wordAt(context.tokens, i + 1);
  // "Tý" and "Tỵ" fold alike; the stem's parity tells them apart.
  const chi = CHI_FOLDED.findIndex((c, n) => c === chiWord && (can - n) % 2 === 0);
  if (chi < 0) return null;
  for (let cycle = can; cycle < 60; cycle += 10) if (cycle % 12 === chi) return { cycle, next: i + 2 };
  return null;
}

/** Finds the longest named day at token `i`. */
export function matchNamedDay(
  context: ParsingContext,
  i: number,
): { entry: NamedDayEntry; next: number } | null {
  const entries = context.vocabulary.namedDays.get(wordAt(context.tokens, i));
  if (!entries) return null;
  for (const entry of entries) {
    if (matchWords(context.tokens, i, entry.words)) return { entry, next: i + entry.words.length };
  }
  return null;
}

/**
 * Named days: "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Trung thu", "Quốc khánh", "Giải phóng Thủ đô",
 * and those a plugin adds; an optional year follows ("Tết Nguyên đán 2025", "Tết Ất Tỵ").
 */
export const namedDayParser: Parser = {
  name: "namedDay",
  triggers: ["@namedDays"],
  extract(context, i) {
    const found = matchNamedDay(context, i);
    if (!found) return null;
    const { entry } = found;
    let next = found.next;
    const moment: Moment = {
      unit: "day",
      month: entry.month,
      day: entry.day,
      lunar: entry.lunar || undefined,
    };
    const canChi = readCanChi(context, next);
    if (canChi) {
      moment.cycle = canChi.cycle;
      next = canChi.next;
    }
    const suffix = readYearSuffix(context.tokens, next, SLASH_OR_DASH);
    if (suffix?.value.year !== undefined) {
      moment.year = suffix.value.year;
      moment.yearSource = "stated";
      next = suffix.next;
    } else {
      const bare = readYearNumber(context.tokens, next);
      if (bare && context.tokens[next]?.spaced) {
        moment.year = bare.value;
        moment.yearSource = "stated";
        next = bare.next;
      }
    }
    const items: Moment[] = [moment];
    if (entry.days > 1) {
      items.push({ ...moment, day: entry.day + entry.days - 1 });
      return makeChunk("namedDay", i, next, items, { range: true });
    }
    return makeChunk("namedDay", i, next, items);
  },
};
