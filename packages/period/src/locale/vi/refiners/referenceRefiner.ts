import { type Chunk, type Refiner, updateChunk } from "../../../engine/Chunk";
import { diagnostic } from "../../../engine/diagnostic";
import { chunkText } from "../../../engine/tokenText";
import { type Token, tokenAt } from "../../../text/tokenize";

/** Whether only punctuation (a bullet, a dash) comes before token `at`. */
function startsPhrase(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if ((tokens[k] as Token).kind !== "punct") return false;
  return true;
}

/** Whether a ";" or a line break lies in tokens `[from, to]`: the cited plan's name ends there. */
function clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t && (t.text === ";" || t.lineStart)) return true;
  }
  return false;
}

/**
 * Words before a year that make it a time, not part of a name: "trong năm 2026", "từ năm", "đến năm",
 * "trước năm", "hết năm", "chậm nhất năm", "vào năm", "suốt năm", "là năm", and a comma (a new clause).
 */
const TIME_LEADS = new Set([
  "trong",
  "vao",
  "tu",
  "den",
  "toi",
  "truoc",
  "sau",
  "het",
  "nhat",
  "han",
  "suot",
  "ca",
  "la",
  ",",
]);

/**
 * A bare "năm 2026", or "2026" right after the citation ("Theo kế hoạch của UBND tỉnh năm 2026"), with
 * no time word before it ("trong năm 2026" is a time): a year that can be part of a name.
 */
function isBareYear(chunk: Chunk, tokens: readonly Token[]): boolean {
  const item = chunk.items[0];
  const lead = tokens[chunk.from];
  const before = tokenAt(tokens, chunk.from - 1);
  if (before && TIME_LEADS.has(before.text)) return false;
  return (
    chunk.role === "main" &&
    !chunk.range &&
    chunk.items.length === 1 &&
    item?.unit === "year" &&
    item.part === undefined &&
    item.yearSource === "stated" &&
    (lead?.text === "nam" || lead?.kind === "number")
  );
}

/**
 * "Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh": a phrase that opens by citing
 * another plan leaves the time to that plan, and a bare "năm 2026" in the same clause is part of the
 * plan's name, not a time. Such a year is set aside (role `ignore`, info `date-in-reference`): the
 * phrase reads as `relative` to the plan and no deadline is invented. A date with a bound or a time
 * word ("Theo kế hoạch, từ 11 đến 18-10", "trong năm 2026", "trước ngày 30/6/2026") states a time and is kept.
 */
export const referenceRefiner: Refiner = {
  name: "reference",
  refine(context, chunks) {
    const first = chunks[0];
    const { tokens } = context;
    if (first?.role !== "relative" || first.relativeTo !== "plan") return chunks;
    if (!startsPhrase(tokens, first.from)) return chunks;
    let out = chunks;
    for (let k = 1; k < chunks.length; k++) {
      const chunk = chunks[k] as Chunk;
      if (clauseBreak(tokens, first.to, chunk.from)) break;
      if (!isBareYear(chunk, tokens)) continue;
      const text = chunkText(chunk, context);
      const note = diagnostic(
        "date-in-reference",
        "info",
        `"${text}" thuộc tên kế hoạch được dẫn chiếu, không phải thời gian thực hiện; thời gian theo kế hoạch đó`,
        `"${text}" is part of the cited plan's name, not the time of the activity; the time is set by that plan`,
        tokens,
        chunk.from,
        chunk.to,
      );
      if (out === chunks) out = [...chunks];
      out[k] = updateChunk(chunk, { role: "ignore", diagnostics: [...(chunk.diagnostics ?? []), note] });
    }
    return out;
  },
};
