import type { EventFilter, EventRow } from "./Backend";

/**
 * Reads event rows in position order, a page at a time, by keyset pagination:
 * `fetchPage(after, size)` answers at most `size` rows with positions above
 * `after`. Stops at `filter.limit` rows, or at the first page shorter than
 * asked. What both SQL adapters' `readEvents` do.
 */
export async function* paginateEvents(
  filter: EventFilter,
  batchSize: number,
  fetchPage: (after: number, size: number) => EventRow[] | Promise<EventRow[]>,
): AsyncIterable<EventRow[]> {
  let after = filter.afterPosition;
  let left = filter.limit ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const size = Math.min(batchSize, left);
    const rows = await fetchPage(after, size);
    if (rows.length === 0) return;
    left -= rows.length;
    after = rows[rows.length - 1]?.position ?? after;
    yield rows;
    if (rows.length < size) return;
  }
}
