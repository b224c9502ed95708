import type { Diagnostic, SourceLocation } from "@kehoach/core";
import { copyPlain } from "./copyPlain";
import type { ImportTools } from "./ImportTools";

/** Largest number of distinct texts remembered per resolver; past it the cache starts over. */
const CACHE_SIZE = 50_000;

/** Remembers `value` as the result of `key` (the cache starts over when full); returns it. */
function remember<R>(cache: Map<string, R>, key: string, value: R): R {
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, value);
  return value;
}

function locate(found: readonly Diagnostic[], location: SourceLocation | null): Diagnostic[] {
  if (location === null) return found.map((d) => ({ ...d }));
  return found.map((d) => ({ ...d, location: { ...location, ...(d.location ?? {}) } }));
}

/**
 * Wraps the resolvers so that each distinct cell text is resolved once per
 * import. Plans repeat the same cells row after row ("Các phòng, ban, đơn
 * vị liên quan; UBND các phường", "Trong năm 2024"), and the resolvers are
 * pure for a given registry, date and year, which stay fixed for one
 * import. Unit diagnostics are computed without a location and then placed
 * in each cell that used the text (the span inside the cell is kept), so
 * the result is the same as calling the resolvers cell by cell. A text
 * met again gets a deep copy of the first result, so no two activities of
 * the plan share an object (the plan builder does not re-parse them).
 * References and targets are not remembered: they are asked of titles and
 * expected results, which rarely repeat (a table's time cells, which do,
 * are read once per distinct text by `createTimeCellReader`).
 */
export function memoizeImportTools(tools: ImportTools): ImportTools {
  const { parsePeriod, resolveUnits, findDocumentRefs, findTargets } = tools;
  // One map per value of the options (they stay fixed within an import), keyed by the text itself:
  // no key string is built per call, and a cell's text is hashed once.
  const periods = new Keyed<ReturnType<NonNullable<ImportTools["parsePeriod"]>>>();
  const units = new Keyed<ReturnType<NonNullable<ImportTools["resolveUnits"]>>>();
  return {
    parsePeriod:
      parsePeriod === null
        ? null
        : (text, options) => {
            const cache = periods.of(options.year, options.documentDate ?? "");
            const hit = cache.get(text);
            return hit !== undefined ? copyPlain(hit) : remember(cache, text, parsePeriod(text, options));
          },
    resolveUnits:
      resolveUnits === null
        ? null
        : (text, options) => {
            // The diagnostics are copied by `locate`: only the refs need a copy of their own.
            const cache = units.of(options.date ?? "", "");
            const hit = cache.get(text);
            const found =
              hit !== undefined
                ? { refs: copyPlain(hit.refs), diagnostics: hit.diagnostics }
                : remember(cache, text, resolveUnits(text, { ...options, location: null }));
            return { refs: found.refs, diagnostics: locate(found.diagnostics, options.location) };
          },
    findDocumentRefs,
    findTargets,
  };
}

/** Caches by option values (two of them), each a map from text to result (the last one asked for kept at hand). */
class Keyed<R> {
  private readonly maps = new Map<string, Map<string, R>>();
  private lastFirst: unknown;
  private lastSecond: string | null = null;
  private last: Map<string, R> | null = null;

  of(first: number | string, second: string): Map<string, R> {
    if (this.last !== null && first === this.lastFirst && second === this.lastSecond) return this.last;
    const key = `${first}\u0000${second}`;
    let map = this.maps.get(key);
    if (map === undefined) {
      map = new Map();
      this.maps.set(key, map);
    }
    this.lastFirst = first;
    this.lastSecond = second;
    this.last = map;
    return map;
  }
}
