import type { CompiledVocabulary, NamedDayEntry } from "../../engine/Chunk";
import {
  type PeriodVocabulary,
  PeriodVocabularySchema,
  type PeriodWord,
  PeriodWordSchema,
} from "../../PeriodVocabulary";
import { foldWord } from "../../text/foldText";
import { tokenize } from "../../text/tokenize";
import { NAMED_DAYS, RECURRING_PHRASES, RELATIVE_PHRASES } from "./constants";

function words(text: string): string[] {
  return tokenize(foldWord(text)).map((t) => t.text);
}

function index<T>(entries: T[], key: (entry: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    const first = key(entry)[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(entry);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => key(b).length - key(a).length);
  return map;
}

/** Compiles the built-in word tables plus plugin vocabularies into first-word indexes. */
export function compileVocabulary(
  extra: readonly (PeriodVocabulary | PeriodWord)[] = [],
): CompiledVocabulary {
  const named: NamedDayEntry[] = NAMED_DAYS.flatMap((d) =>
    d.names.map((name) => ({ words: words(name), month: d.month, day: d.day, lunar: d.lunar, days: 1 })),
  );
  const relative = RELATIVE_PHRASES.map((r) => ({ words: r.words, to: r.to }));
  const recurring = RECURRING_PHRASES.map((r) => [...r]);
  for (const raw of extra) {
    if ("text" in raw) {
      const word = PeriodWordSchema.parse(raw);
      for (const name of [word.text, ...word.aliases]) {
        named.push({
          words: words(name),
          month: word.month,
          day: word.day,
          lunar: word.lunar,
          days: word.days,
        });
      }
      continue;
    }
    const vocabulary = PeriodVocabularySchema.parse(raw);
    for (const d of vocabulary.namedDays) {
      for (const name of d.names)
        named.push({ words: words(name), month: d.month, day: d.day, lunar: d.lunar, days: d.days });
    }
    for (const r of vocabulary.relative)
      for (const w of r.words) relative.push({ words: words(w), to: r.to });
    for (const r of vocabulary.recurring) recurring.push(words(r));
  }
  const namedDays = index(named, (e) => e.words);
  const relativeIndex = index(relative, (e) => e.words);
  const recurringIndex = index(recurring, (e) => e);
  // "sau" wakes the relative parser for "sau 45 ngày ra quân".
  const relativeStarts = new Set<string>(["sau", ...relativeIndex.keys()]);
  const firstWords = new Set<string>([...relativeStarts, ...namedDays.keys(), ...recurringIndex.keys()]);
  return { namedDays, relative: relativeIndex, recurring: recurringIndex, relativeStarts, firstWords };
}
