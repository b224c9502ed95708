import type { Chunk } from "../../../engine/Chunk";
import type { Token } from "../../../text/tokenize";

/**
 * Finds, just before token `from` (skipping up to `maxFiller` filler words), one of `phrases`.
 * Returns the index where the phrase starts, or -1. Never looks back past `floor`.
 */
export function phraseBefore(
  tokens: readonly Token[],
  from: number,
  phrases: readonly (readonly string[])[],
  fillers: ReadonlySet<string>,
  floor: number,
  maxFiller = 3,
): { start: number; phrase: readonly string[] } | null {
  let end = from;
  for (let skipped = 0; skipped <= maxFiller; skipped++) {
    for (const phrase of phrases) {
      const start = end - phrase.length;
      if (start < floor) continue;
      let ok = true;
      for (let k = 0; k < phrase.length; k++) {
        if (tokens[start + k]?.text !== phrase[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { start, phrase };
    }
    const prev = tokens[end - 1];
    if (!prev || end - 1 < floor || !fillers.has(prev.text)) return null;
    end--;
  }
  return null;
}

/** The index of the first token after the chunk before `index` (0 when there is none). */
export function floorOf(chunks: readonly Chunk[], index: number): number {
  return index > 0 ? (chunks[index - 1]?.to ?? 0) : 0;
}
