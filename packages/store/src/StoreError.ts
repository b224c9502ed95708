/** Stable codes of the errors the store raises. */
export type StoreErrorCode =
  | "store.bad-url"
  | "store.not-found"
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

/** `store.not-found`: there is no store at `where` where one had to be, and nothing was created. */
export function storeNotFound(where: string): StoreError {
  return new StoreError(
    "store.not-found",
    {
      vi: `không có kho dữ liệu kehoach tại "${where}" (không tạo gì); hãy chạy "kehoach db init" để tạo`,
      en: `no kehoach store at "${where}" (nothing was created); run "kehoach db init" to create one`,
    },
    { where },
  );
}

/** Whether a value is a {@link StoreError}, optionally with the given code. */
export function isStoreError(value: unknown, code?: StoreErrorCode): value is StoreError {
  return value instanceof StoreError && (code === undefined || value.code === code);
}

/** `account.username-taken`: another user has this username. */
export function usernameTaken(username: string): StoreError {
  return new StoreError(
    "account.username-taken",
    { vi: `tên đăng nhập "${username}" đã có người dùng`, en: `username "${username}" is already taken` },
    { username },
  );
}

/** `store.corrupt`: the chain head row is gone. */
export function chainHeadMissing(): StoreError {
  return new StoreError("store.corrupt", {
    vi: "mất đầu chuỗi sự kiện",
    en: "the chain head row is missing",
  });
}
