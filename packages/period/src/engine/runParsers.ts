import { type Token, wordEntry } from "../text/tokenize";
import type { Chunk, CompiledVocabulary, Parser, ParsingContext } from "./Chunk";
import type { Configuration } from "./Configuration";

/** A parser woken by the first word of a vocabulary entry, and which entries ("@vocabulary": any). */
interface VocabularyWake {
  parser: Parser;
  trigger: VocabularyTrigger;
}

/** The vocabulary triggers: the first word of any entry, or of an entry of one list. */
type VocabularyTrigger = "@vocabulary" | "@namedDays" | "@relative" | "@recurring";

/** Whether `text` starts an entry that wakes a parser triggered by `trigger`. */
function startsEntry(vocabulary: CompiledVocabulary, trigger: VocabularyTrigger, text: string): boolean {
  switch (trigger) {
    case "@namedDays":
      return vocabulary.namedDays.has(text);
    case "@relative":
      return vocabulary.relativeStarts.has(text);
    case "@recurring":
      return vocabulary.recurring.has(text);
    default:
      return vocabulary.firstWords.has(text);
  }
}

function isVocabularyTrigger(trigger: string): trigger is VocabularyTrigger {
  return (
    trigger === "@vocabulary" ||
    trigger === "@namedDays" ||
    trigger === "@relative" ||
    trigger === "@recurring"
  );
}

/** Parsers by the words that wake them. */
interface ParserIndex {
  size: number;
  byTrigger: Map<string, Parser[]>;
  any: Parser[];
  vocabulary: VocabularyWake[];
}

const indexCache = new WeakMap<readonly Parser[], ParserIndex>();

/** The parser list indexed last and its index: repeated parses with one configuration skip the WeakMap. */
let lastParsers: readonly Parser[] | null = null;
let lastIndex: ParserIndex | null = null;

function indexFor(parsers: readonly Parser[]): ParserIndex {
  if (parsers === lastParsers && lastIndex !== null && lastIndex.size === parsers.length) return lastIndex;
  const index = indexParsers(parsers);
  lastParsers = parsers;
  lastIndex = index;
  return index;
}

function indexParsers(parsers: readonly Parser[]): ParserIndex {
  const cached = indexCache.get(parsers);
  if (cached && cached.size === parsers.length) return cached;
  const byTrigger = new Map<string, Parser[]>();
  const any: Parser[] = [];
  const vocabulary: VocabularyWake[] = [];
  for (const parser of parsers) {
    for (const trigger of parser.triggers) {
      if (trigger === "*") {
        any.push(parser);
        continue;
      }
      if (isVocabularyTrigger(trigger)) {
        vocabulary.push({ parser, trigger });
        continue;
      }
      const list = byTrigger.get(trigger) ?? [];
      list.push(parser);
      byTrigger.set(trigger, list);
    }
  }
  const index: ParserIndex = { size: parsers.length, byTrigger, any, vocabulary };
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
  // An index loop: no iterator objects per token.
  for (let p = 0; p < parsers.length; p++) {
    const parser = parsers[p] as Parser;
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

/** The parsers a token wakes, for one parser index and one vocabulary, cached by the token's text. */
interface WakeTable {
  index: ParserIndex;
  vocabulary: CompiledVocabulary;
  /** By the text of a punctuation token (a word's list is cached on its `wordEntry`). */
  byText: Map<string, readonly Parser[]>;
  /** For a number token whose text starts no vocabulary entry (all of them, with the built-in words). */
  number: readonly Parser[];
  /** Some vocabulary entry starts with a number: number tokens are then looked up by their text too. */
  numberWords: boolean;
  byNumber: Map<string, readonly Parser[]>;
}

/** Bound of each cache of {@link WakeTable} (cleared when full: any text can be a token). */
const WAKE_CACHE_MAX = 4096;
const wakeTables = new WeakMap<ParserIndex, WeakMap<CompiledVocabulary, WakeTable>>();
let lastWake: WakeTable | null = null;

function wakeTable(index: ParserIndex, vocabulary: CompiledVocabulary): WakeTable {
  if (lastWake !== null && lastWake.index === index && lastWake.vocabulary === vocabulary) return lastWake;
  let byVocabulary = wakeTables.get(index);
  if (!byVocabulary) {
    byVocabulary = new WeakMap();
    wakeTables.set(index, byVocabulary);
  }
  let table = byVocabulary.get(vocabulary);
  if (!table) {
    let numberWords = false;
    for (const word of vocabulary.firstWords) {
      const code = word.charCodeAt(0);
      if (code >= 48 && code <= 57) numberWords = true;
    }
    table = {
      index,
      vocabulary,
      byText: new Map(),
      number: [...(index.byTrigger.get("#") ?? []), ...index.any],
      numberWords,
      byNumber: new Map(),
    };
    byVocabulary.set(vocabulary, table);
  }
  lastWake = table;
  return table;
}

/**
 * The parsers `token` wakes, in the order they are tried: those its word (or "#" for a number)
 * triggers, those triggered by any token, then, if it starts a vocabulary entry, the vocabulary parsers.
 */
function wakes(table: WakeTable, token: Token): readonly Parser[] {
  // A word's list is cached on its entry in the table of words seen.
  const entry = wordEntry(token);
  if (entry !== null) {
    if (entry.owner === table) return entry.value as readonly Parser[];
    const list = wakeList(table, token.text, token.text);
    entry.owner = table;
    entry.value = list;
    return list;
  }
  const number = token.kind === "number";
  if (number && !table.numberWords) return table.number;
  const cache = number ? table.byNumber : table.byText;
  let list = cache.get(token.text);
  if (list === undefined) {
    list = wakeList(table, number ? "#" : token.text, token.text);
    if (cache.size >= WAKE_CACHE_MAX) cache.clear();
    cache.set(token.text, list);
  }
  return list;
}

/**
 * The list of a token that wakes no parser: one shared array (most words of a sentence wake none). Not
 * frozen: a frozen array has another elements kind, and the scan would read two kinds of list.
 */
const WAKES_NONE: readonly Parser[] = [];

/** The parsers `trigger` wakes, then those any token wakes, then the vocabulary's if `text` starts an entry. */
function wakeList(table: WakeTable, trigger: string, text: string): readonly Parser[] {
  const { byTrigger, any, vocabulary } = table.index;
  const list = [...(byTrigger.get(trigger) ?? []), ...any];
  if (vocabulary.length > 0 && table.vocabulary.firstWords.has(text)) {
    // Each vocabulary parser only where the list it reads has an entry starting with this word.
    for (const wake of vocabulary) {
      if (startsEntry(table.vocabulary, wake.trigger, text)) list.push(wake.parser);
    }
  }
  return list.length > 0 ? list : WAKES_NONE;
}

/**
 * Scans the tokens once: at each token, the parsers its word wakes are tried and the
 * longest match is kept (the first parser wins a tie); scanning resumes after it.
 * Each parser looks ahead a bounded number of tokens, so the scan is linear.
 */
export function runParsers(context: ParsingContext, configuration: Configuration): Chunk[] {
  const table = wakeTable(indexFor(configuration.parsers), context.vocabulary);
  const { tokens } = context;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const parsers = wakes(table, tokens[i] as Token);
    const best = parsers.length > 0 ? longest(parsers, context, i, null) : null;
    if (best !== null) {
      chunks.push(best);
      i = best.to;
    } else i++;
  }
  return chunks;
}
