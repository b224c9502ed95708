import { type Chunk, type ChunkRole, createMoment } from "../../../engine/Chunk";
import type { Moment } from "../../../engine/Moment";

/** Builds a chunk with defaults: role `main`, not a range. */
export function makeChunk(
  parser: string,
  from: number,
  to: number,
  items: Moment[],
  extra: Partial<Omit<Chunk, "parser" | "from" | "to" | "items">> & { role?: ChunkRole } = {},
): Chunk {
  return {
    parser,
    from,
    to,
    role: extra.role ?? "main",
    items: items.map(createMoment),
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
