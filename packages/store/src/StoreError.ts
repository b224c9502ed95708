/** Stable codes of the errors the store raises. */
export type StoreErrorCode =
  | "store.bad-url"
  | "store.bad-input"
  | "store.closed"
  | "store.corrupt"
  | "store.auth"
  | "store.unreachable"
  | "store.full"
  | "store.busy"
  | "store.readonly"
  | "store.unsupported"
  | "schema.newer"
  | "schema.migration-failed"
  | "schema.outdated"
  | "plan.not-found"
  | "event.version-conflict"
  | "event.id-conflict"
  | "account.username-taken"
  | "account.not-found"
  | "store.internal";

/**
 * An error from the store: a stable `code`, the message in Vietnamese (`vi`)
 * and English (`en`, also `message`), and optional machine-readable `details`.
 * Nothing is half-written when a store operation raises one.
 */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly vi: string;
  readonly en: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: StoreErrorCode,
    message: { vi: string; en: string },
    details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message.en, options);
    this.name = "StoreError";
    this.code = code;
    this.vi = message.vi;
    this.en = message.en;
    this.details = details;
  }
}

/** Whether a value is a {@link StoreError}, optionally with the given code. */
export function isStoreError(value: unknown, code?: StoreErrorCode): value is StoreError {
  return value instanceof StoreError && (code === undefined || value.code === code);
}
