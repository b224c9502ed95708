import type { Diagnostic } from "@kehoach/core";
import type { ChainHead, EventRow } from "../backend/Backend";
import { GENESIS_HASH, hashEventRow } from "../hashEventRow";
import { storeDiagnostic } from "../storeDiagnosticCodes";
import type { ChainBreak, ChainBreakKind, VerifyResult } from "./VerifyResult";

const messages: Record<ChainBreakKind, (position: number, id: string | null) => { vi: string; en: string }> =
  {
    edited: (p, id) => ({
      vi: `sự kiện ở vị trí ${p}${id ? ` (${id})` : ""} đã bị sửa ngoài kho: mã băm không khớp`,
      en: `event at position ${p}${id ? ` (${id})` : ""} was edited outside the store: its hash does not match`,
    }),
    deleted: (p) => ({
      vi: `thiếu sự kiện ở vị trí ${p}: đã bị xóa ngoài kho`,
      en: `event at position ${p} is missing: it was deleted outside the store`,
    }),
    inserted: (p, id) => ({
      vi: `sự kiện ở vị trí ${p}${id ? ` (${id})` : ""} được chèn ngoài kho (sau đầu chuỗi đã ghi)`,
      en: `event at position ${p}${id ? ` (${id})` : ""} was inserted outside the store (past the recorded head)`,
    }),
    truncated: (p) => ({
      vi: `các sự kiện cuối từ vị trí ${p} đã bị xóa: đầu chuỗi ghi vị trí lớn hơn`,
      en: `the last events from position ${p} were deleted: the recorded head is further on`,
    }),
    unreadable: (p) => ({
      vi: `không đọc được sự kiện ở vị trí ${p}`,
      en: `event at position ${p} cannot be read`,
    }),
  };

/**
 * Walks event rows in position order and checks the hash chain against the
 * recorded head: every row's own hash, its link to the previous row, gapless
 * positions and the head. Reports each break with its position and kind.
 */
export async function verifyChain(
  batches: AsyncIterable<EventRow[]>,
  head: ChainHead,
): Promise<VerifyResult> {
  const breaks: ChainBreak[] = [];
  let expectedPosition = 1;
  let previousHash = GENESIS_HASH;
  let previousRow: EventRow | null = null;
  let checked = 0;
  const add = (kind: ChainBreakKind, position: number, eventId: string | null) => {
    const last = breaks[breaks.length - 1];
    if (last && last.kind === kind && last.position === position) return;
    breaks.push({ kind, position, eventId });
  };
  for await (const batch of batches) {
    for (const row of batch) {
      checked++;
      if (row.position > expectedPosition) {
        add("deleted", expectedPosition, null);
      } else if (row.position > head.position) {
        add("inserted", row.position, row.eventId);
      }
      const { hash, ...rest } = row;
      if (hashEventRow(rest) !== hash) {
        add("edited", row.position, row.eventId);
      } else if (row.prevHash !== previousHash && row.position === expectedPosition) {
        // This row is intact but does not chain to the row before: that one was rewritten.
        if (previousRow) add("edited", previousRow.position, previousRow.eventId);
        else add("edited", row.position, row.eventId);
      }
      previousHash = hash;
      previousRow = row;
      expectedPosition = row.position + 1;
    }
  }
  if (head.position >= expectedPosition) add("truncated", expectedPosition, null);
  else if (previousRow && previousRow.position === head.position && previousHash !== head.hash) {
    add("edited", previousRow.position, previousRow.eventId);
  }
  const diagnostics: Diagnostic[] = breaks.map((b) =>
    storeDiagnostic(`store.chain-${b.kind}`, "error", messages[b.kind](b.position, b.eventId), {
      path: ["events", b.position],
    }),
  );
  return { ok: breaks.length === 0, checked, headPosition: head.position, breaks, diagnostics };
}
