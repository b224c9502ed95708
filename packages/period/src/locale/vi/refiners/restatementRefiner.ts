import { type Chunk, type Refiner, updateChunk } from "../../../engine/Chunk";
import { CAN, CHI } from "../../../lunar/canChi";
import { foldWord } from "../../../text/foldText";
import type { Token } from "../../../text/tokenize";
import { LUNAR_MONTH_WORDS } from "../constants";

/** Words that open a restatement: "(tức …)", "(nhằm …)", "tức là …". */
const INTRO = new Set(["tuc", "nham"]);
const CAN_FOLDED = new Set(CAN.map((w) => foldWord(w)));
const CHI_FOLDED = new Set(CHI.map((w) => foldWord(w)));
/** How far a restatement group may reach (tokens). */
const MAX_GROUP = 40;

function isSolarDated(chunk: Chunk): boolean {
  return chunk.role === "main" && chunk.items.length > 0 && chunk.items.every((m) => m.lunar !== true);
}

/** The end (exclusive token index) of a group opened at `at`: the matching ")", or the clause end. */
function groupEnd(tokens: readonly Token[], at: number, paren: boolean): number {
  const limit = Math.min(tokens.length, at + MAX_GROUP);
  for (let j = at + 1; j < limit; j++) {
    const t = tokens[j] as Token;
    if (t.text === ")") return j + 1;
    if (t.lineStart || t.text === ";" || t.text === "(") return paren ? -1 : j;
    if (!paren && t.text === "." && tokens[j + 1]?.spaced !== false) return j;
  }
  return paren ? -1 : limit;
}

/** Whether tokens `[from, to)` or the chunks in them say "lunar": a lunar date, "tháng Chạp", "âm lịch", a Can Chi name. */
function saysLunar(tokens: readonly Token[], from: number, to: number, inside: readonly Chunk[]): boolean {
  if (inside.some((c) => c.items.some((m) => m.lunar === true))) return true;
  for (let j = from; j < to; j++) {
    const w = tokens[j]?.text ?? "";
    if (LUNAR_MONTH_WORDS.has(w) || w === "al") return true;
    if (CAN_FOLDED.has(w) && CHI_FOLDED.has(tokens[j + 1]?.text ?? "")) return true;
    if (w === "am" && tokens[j + 1]?.text === "lich") return true;
  }
  return false;
}

/**
 * Lunar restatements of solar dates: "ngày 19/1/2023 (nhằm ngày 28 tháng Chạp âm lịch)",
 * "từ 9/2 đến hết 22/2/2026 (tức từ 22 tháng Chạp đến mùng 5 tháng Giêng)", "5-18/2 tức từ 26 tháng Chạp
 * …", "ngày 28.5 (nhằm ngày 21.4 Giáp Thìn)". The dates in the group become `equivalent` restatements:
 * they never add a milestone or stretch the span; the assembler checks them against the lunar calendar.
 */
export const restatementRefiner: Refiner = {
  name: "restatement",
  refine(context, chunks) {
    const { tokens } = context;
    let out = chunks;
    let k = 0;
    while (k < chunks.length) {
      const anchor = chunks[k] as Chunk;
      k++;
      if (!isSolarDated(anchor)) continue;
      let at = anchor.to;
      // A clock time or a weekday may stand between: "ngày 6/2/2025 (tức …)".
      while (chunks[k]?.role === "ignore" && chunks[k]?.from === at) at = (chunks[k++] as Chunk).to;
      const paren = tokens[at]?.text === "(";
      const intro = INTRO.has(tokens[paren ? at + 1 : at]?.text ?? "");
      if (!paren && !intro) continue;
      const end = groupEnd(tokens, at, paren);
      if (end < 0) continue;
      let last = k;
      while (last < chunks.length && (chunks[last] as Chunk).to <= end) last++;
      const inside = chunks.slice(k, last).filter((c) => c.items.length > 0);
      if (inside.length === 0 || !(intro || saysLunar(tokens, at, end, inside))) continue;
      if (out === chunks) out = [...chunks];
      for (let n = k; n < last; n++) {
        const c = chunks[n] as Chunk;
        if (c.items.length === 0) continue;
        out[n] = updateChunk(c, { role: "equivalent", restatement: true, range: c.range });
      }
      k = last;
    }
    return out;
  },
};
