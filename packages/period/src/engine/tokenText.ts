import { tokenAt } from "../text/tokenize";
import type { Chunk, ParsingContext } from "./Chunk";

/** The text of tokens `[from, to)` as written ("" when the range is empty). */
export function tokenText(context: ParsingContext, from: number, to: number): string {
  const a = context.tokens[from];
  const b = tokenAt(context.tokens, to - 1);
  return a && b && to > from ? context.text.slice(a.start, b.end) : "";
}

/** The text a chunk covers. */
export function chunkText(chunk: Chunk, context: ParsingContext): string {
  return tokenText(context, chunk.from, chunk.to);
}
