import type { AppendItem } from "../backend/Backend";
import type { PlannedAppend } from "../planAppend";
import { StoreError, type StoreErrorCode } from "../StoreError";
import type { SqliteBackendOptions } from "./openSqliteBackend";

/** What the commit thread is started with: the database file and its connection settings. */
export interface CommitThreadData {
  path: string;
  options: Pick<SqliteBackendOptions, "busyTimeoutMs" | "synchronous" | "maxPages">;
}

/** An error as it crosses threads: a StoreError's fields, or another error's message. */
export type SentError =
  | { store: true; code: StoreErrorCode; vi: string; en: string; details: Record<string, unknown> }
  | { store: false; message: string };

/** What the owner sends: a group to commit, or the order to close the connection and stop. */
export type CommitThreadRequest =
  | { type: "commit"; id: number; items: readonly AppendItem[] }
  | { type: "close" };

/** What the thread answers for a group: each append's outcome, or the storage error that rolled the group back. */
export type CommitThreadAnswer =
  | {
      id: number;
      ok: true;
      outcomes: ({ ok: true; value: PlannedAppend } | { ok: false; error: SentError })[];
    }
  | { id: number; ok: false; error: SentError };

/** An error made fit to post to another thread (a StoreError keeps its code, messages and details). */
export function sendError(error: unknown): SentError {
  if (error instanceof StoreError) {
    const { code, vi, en, details } = error;
    return { store: true, code, vi, en, details: { ...details } };
  }
  return { store: false, message: error instanceof Error ? error.message : String(error) };
}

/** The error again on this side: a StoreError as it was thrown, anything else as an Error with its message. */
export function receiveError(sent: SentError): Error {
  if (sent.store) return new StoreError(sent.code, { vi: sent.vi, en: sent.en }, sent.details);
  return new Error(sent.message);
}
