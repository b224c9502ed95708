import type { Chunk, Parser, ParsingContext } from "./Chunk";
import type { Configuration } from "./Configuration";

const indexCache = new WeakMap<
  readonly Parser[],
  { size: number; byTrigger: Map<string, Parser[]>; any: Parser[] }
>();

function indexParsers(parsers: readonly Parser[]) {
  const cached = indexCache.get(parsers);
  if (cached && cached.size === parsers.length) return cached;
  const byTrigger = new Map<string, Parser[]>();
  const any: Parser[] = [];
  for (const parser of parsers) {
    for (const trigger of parser.triggers) {
      if (trigger === "*") {
        any.push(parser);
        continue;
      }
      const list = byTrigger.get(trigger) ?? [];
      list.push(parser);
      byTrigger.set(trigger, list);
    }
  }
  const index = { size: parsers.length, byTrigger, any };
  indexCache.set(parsers, index);
  return index;
}

/**
 * Scans the tokens once: at each token, the parsers its word wakes are tried and the
 * longest match is kept (the first parser wins a tie); scanning resumes after it.
 * Each parser looks ahead a bounded number of tokens, so the scan is linear.
 */
export function runParsers(context: ParsingContext, configuration: Configuration): Chunk[] {
  const { byTrigger, any } = indexParsers(configuration.parsers);
  const { tokens } = context;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as (typeof tokens)[number];
    const candidates = byTrigger.get(token.kind === "number" ? "#" : token.text);
    let best: Chunk | null = null;
    const lists = candidates ? [candidates, any] : [any];
    for (const list of lists) {
      for (const parser of list) {
        const chunk = parser.extract(context, i);
        if (chunk !== null && chunk.to > i && (best === null || chunk.to > best.to)) best = chunk;
      }
    }
    if (best !== null) {
      chunks.push(best);
      i = best.to;
    } else i++;
  }
  return chunks;
}
