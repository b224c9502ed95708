import type { Chunk } from "../../../engine/Chunk";
import { type Token, tokenAt } from "../../../text/tokenize";

/**
 * Finds, just before token `from` (skipping up to `maxFiller` filler words), one of the indexed phrases.
 * Returns the index where the phrase starts, or -1. Never looks back past `floor`.
 */
/** Phrases indexed by their last word, so a look-behind tests only the phrases that can end there. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Builds a {@link PhraseIndex} (once, at module load). */
export function indexPhrases(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const last = phrase[phrase.length - 1];
    if (last === undefined) continue;
    const list = index.get(last) ?? [];
    list.push(phrase);
    index.set(last, list);
  }
  // Longest first: "bắt đầu từ" before "từ".
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const NONE: readonly (readonly string[])[] = [];

export function phraseBefore(
  tokens: readonly Token[],
  from: number,
  index: PhraseIndex,
  fillers: ReadonlySet<string>,
  floor: number,
  maxFiller = 3,
): { start: number; phrase: readonly string[] } | null {
  let end = from;
  for (let skipped = 0; skipped <= maxFiller; skipped++) {
    const candidates = index.get(tokenAt(tokens, end - 1)?.text ?? "") ?? NONE;
    for (const phrase of candidates) {
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
    const prev = tokenAt(tokens, end - 1);
    if (!prev || end - 1 < floor || !fillers.has(prev.text)) return null;
    end--;
  }
  return null;
}

/**
 * The index of the first token after the chunks before `index` (0 when there is none). A range is
 * followed by the chunks it stepped over (a clock time, a restatement), which end inside it.
 */
export function floorOf(chunks: readonly Chunk[], index: number): number {
  let floor = 0;
  for (let n = Math.max(0, index - 3); n < index; n++) floor = Math.max(floor, chunks[n]?.to ?? 0);
  return floor;
}
