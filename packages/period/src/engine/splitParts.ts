import type { Token } from "../text/tokenize";
import type { Chunk } from "./Chunk";

/** A part of a multi-part cell: tokens `[from, to)`; `labelFrom` skips its bullet. */
export interface PartRange {
  from: number;
  to: number;
  labelFrom: number;
}

const BULLETS = new Set(["-", "+", "•", "*", "·"]);

/**
 * Splits a cell into its parts at ";", line breaks and bullets ("- Cấp quận …; - Tham gia …",
 * "… Tháng 10/2024 - Tham gia …"), never inside a recognised expression.
 */
export function splitParts(tokens: readonly Token[], chunks: readonly Chunk[]): PartRange[] {
  const parts: PartRange[] = [];
  let from = 0;
  let labelFrom = 0;
  let c = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // Chunks are in text order and do not overlap: skip the tokens inside them.
    while (c < chunks.length && (chunks[c] as Chunk).to <= k) c++;
    const chunk = chunks[c];
    if (chunk && chunk.from <= k) {
      k = chunk.to - 1;
      continue;
    }
    // Bullets and ";" are punctuation: words and numbers never split a cell.
    if (t.kind !== "punct" && !(t.lineStart && k > 0)) continue;
    const next = tokens[k + 1];
    const bullet =
      BULLETS.has(t.text) &&
      (k === 0 ||
        t.lineStart ||
        (t.spaced && next?.spaced === true && next.kind === "word" && /^\p{Lu}/u.test(next.raw)));
    const separator = t.text === ";" || (t.lineStart && k > 0) || bullet;
    if (!separator) continue;
    if (k > from) parts.push({ from, to: k, labelFrom });
    from = k;
    labelFrom = t.text === ";" || bullet ? k + 1 : k;
  }
  if (tokens.length > from) parts.push({ from, to: tokens.length, labelFrom });
  return parts;
}
