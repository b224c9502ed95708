import type { Chunk, Parser, ParsingContext } from "./Chunk";
import type { Configuration } from "./Configuration";

const indexCache = new WeakMap<
  readonly Parser[],
  { size: number; byTrigger: Map<string, Parser[]>; any: Parser[]; vocabulary: Parser[] }
>();

/** The parser list indexed last and its index: repeated parses with one configuration skip the WeakMap. */
let lastParsers: readonly Parser[] | null = null;
let lastIndex: ReturnType<typeof indexParsers> | null = null;

function indexFor(parsers: readonly Parser[]) {
  if (parsers === lastParsers && lastIndex !== null && lastIndex.size === parsers.length) return lastIndex;
  const index = indexParsers(parsers);
  lastParsers = parsers;
  lastIndex = index;
  return index;
}

function indexParsers(parsers: readonly Parser[]) {
  const cached = indexCache.get(parsers);
  if (cached && cached.size === parsers.length) return cached;
  const byTrigger = new Map<string, Parser[]>();
  const any: Parser[] = [];
  const vocabulary: Parser[] = [];
  for (const parser of parsers) {
    for (const trigger of parser.triggers) {
      if (trigger === "*") {
        any.push(parser);
        continue;
      }
      if (trigger === "@vocabulary") {
        vocabulary.push(parser);
        continue;
      }
      const list = byTrigger.get(trigger) ?? [];
      list.push(parser);
      byTrigger.set(trigger, list);
    }
  }
  const index = { size: parsers.length, byTrigger, any, vocabulary };
  indexCache.set(parsers, index);
  return index;
}

/** Records that a (user-supplied) parser or refiner threw: parsing goes on without it. */
export function reportFailure(context: ParsingContext, what: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (context.diagnostics.some((d) => d.code === "extension-failed" && d.en.includes(what))) return;
  context.diagnostics.push({
    code: "extension-failed",
    severity: "error",
    vi: `Lỗi trong ${what}: ${message}; đã bỏ qua`,
    en: `${what} threw: ${message}; skipped`,
    span: null,
  });
}

function longest(
  parsers: readonly Parser[],
  context: ParsingContext,
  i: number,
  best: Chunk | null,
): Chunk | null {
  let out = best;
  for (const parser of parsers) {
    let chunk: Chunk | null;
    try {
      chunk = parser.extract(context, i);
    } catch (error) {
      reportFailure(context, `parser ${parser.name}`, error);
      chunk = null;
    }
    if (chunk !== null && chunk.to > i && (out === null || chunk.to > out.to)) out = chunk;
  }
  return out;
}

/**
 * Scans the tokens once: at each token, the parsers its word wakes are tried and the
 * longest match is kept (the first parser wins a tie); scanning resumes after it.
 * Each parser looks ahead a bounded number of tokens, so the scan is linear.
 */
export function runParsers(context: ParsingContext, configuration: Configuration): Chunk[] {
  const { byTrigger, any, vocabulary } = indexFor(configuration.parsers);
  const { firstWords } = context.vocabulary;
  const { tokens } = context;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as (typeof tokens)[number];
    const candidates = byTrigger.get(token.kind === "number" ? "#" : token.text);
    let best: Chunk | null = null;
    if (candidates) best = longest(candidates, context, i, best);
    if (any.length > 0) best = longest(any, context, i, best);
    if (vocabulary.length > 0 && firstWords.has(token.text)) best = longest(vocabulary, context, i, best);
    if (best !== null) {
      chunks.push(best);
      i = best.to;
    } else i++;
  }
  return chunks;
}
