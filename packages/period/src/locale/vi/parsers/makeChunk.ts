import { type Chunk, type ChunkRole, createMoments } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";

/** Builds a chunk with defaults: role `main`, not a range. */
export function makeChunk(
  parser: string,
  from: number,
  to: number,
  items: Moment[],
  extra?: Partial<Omit<Chunk, "parser" | "from" | "to" | "items">> & { role?: ChunkRole },
): Chunk {
  if (extra === undefined) {
    return {
      parser,
      from,
      to,
      role: "main",
      items: createMoments(items),
      range: false,
      deadlineMode: undefined,
      after: undefined,
      sameAs: undefined,
      relativeTo: undefined,
      diagnostics: undefined,
      offset: undefined,
      restatement: undefined,
      time: undefined,
    };
  }
  return {
    parser,
    from,
    to,
    role: extra.role ?? "main",
    items: createMoments(items),
    range: extra.range ?? false,
    deadlineMode: extra.deadlineMode,
    after: extra.after,
    sameAs: extra.sameAs,
    relativeTo: extra.relativeTo,
    diagnostics: extra.diagnostics,
    offset: extra.offset,
    restatement: extra.restatement,
    time: extra.time,
  };
}

/** Applies a year suffix read after a date to every item that has none. */
export function applyYear(items: Moment[], suffix: { year?: number; offset?: number } | undefined): void {
  if (!suffix) return;
  for (const item of items) {
    if (item.year !== undefined) continue;
    if (suffix.year !== undefined) {
      item.year = suffix.year;
      item.yearSource = "stated";
    } else if (suffix.offset !== undefined) item.yearOffset = suffix.offset;
  }
}
