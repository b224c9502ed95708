import type { Parser } from "../../../engine/Chunk";
import { matchWords, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

const NOW: readonly string[][] = [["hien", "nay"], ["bay", "gio"], ["nay"]];
const BOUNDS = new Set(["tu", "den", "toi"]);

/**
 * "nay" after "từ" or "đến" ("Từ nay đến hết năm 2024", "từ tháng 1 đến nay"): the `referenceDate`
 * option's day; without it, a relative marker tied to "now".
 */
export const nowParser: Parser = {
  name: "now",
  triggers: ["nay", "hien", "bay"],
  extract(context, i) {
    if (!BOUNDS.has(textAt(context.tokens, i - 1))) return null;
    for (const words of NOW) {
      if (!matchWords(context.tokens, i, words)) continue;
      const to = i + words.length;
      if (wordAt(context.tokens, to) === "nam" || wordAt(context.tokens, to) === "thang") return null;
      if (context.referenceDay === null)
        return makeChunk("now", i - 1, to, [], { role: "relative", relativeTo: "now" });
      return makeChunk("now", i, to, [
        { unit: "fixed", fixedStart: context.referenceDay, fixedEnd: context.referenceDay },
      ]);
    }
    return null;
  },
};
