import type { PeriodResult } from "../PeriodResult";
import { wordTable } from "../text/wordTable";
import type { Chunk, ParsingContext } from "./Chunk";
import { tokenText } from "./tokenText";

type Rhythm = NonNullable<PeriodResult["recurrence"]>["rhythm"];

/** The rhythm a recurring word names: "hằng tháng" → monthly; "thường xuyên", "định kỳ" alone → regular. */
const RHYTHMS: Readonly<Record<string, Rhythm>> = wordTable({
  ngay: "daily",
  tuan: "weekly",
  thang: "monthly",
  quy: "quarterly",
  nam: "yearly",
});
const WEEKDAY_WORDS: Readonly<Record<string, number>> = wordTable({
  hai: 1,
  ba: 2,
  tu: 3,
  nam: 4,
  sau: 5,
  bay: 6,
});

/** ISO weekday (1 Monday … 7 Sunday) of a weekday chunk ("thứ Hai", "thứ 7", "Chủ nhật"), or null. */
function weekdayOf(chunk: Chunk, context: ParsingContext): number | null {
  const first = context.tokens[chunk.from]?.text;
  const second = context.tokens[chunk.from + 1];
  if (first === "chu" || first === "cn") return 7;
  if (first !== "thu" || !second) return null;
  if (second.kind === "number") return second.value >= 2 && second.value <= 7 ? second.value - 1 : null;
  return WEEKDAY_WORDS[second.text] ?? null;
}

/**
 * The `recurrence` field of a recurring phrase: its rhythm ("Định kỳ hằng quý" → quarterly), the words
 * that say so, and the weekday of a weekly rhythm ("Hằng tuần vào thứ Hai" → 1).
 */
export function recurrenceOf(chunks: readonly Chunk[], context: ParsingContext): PeriodResult["recurrence"] {
  let rhythm: Rhythm = "regular";
  let from = -1;
  let to = -1;
  let weekday: number | null = null;
  for (const chunk of chunks) {
    if (chunk.parser === "weekday") weekday ??= weekdayOf(chunk, context);
    if (chunk.role !== "recurring") continue;
    if (from < 0) from = chunk.from;
    to = chunk.to;
    const unit = context.tokens[chunk.to - 1]?.text ?? "";
    const named = context.tokens[chunk.from]?.text === "hang" ? RHYTHMS[unit] : undefined;
    if (named) rhythm = named;
  }
  if (from < 0) return undefined;
  const text = tokenText(context, from, to);
  return { rhythm, text, weekday: rhythm === "weekly" ? weekday : null };
}
