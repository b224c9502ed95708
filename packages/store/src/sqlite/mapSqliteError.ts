import { StoreError, type StoreErrorCode } from "../StoreError";

/** A kind of driver error: which codes it covers, the StoreError code and the bilingual message for `file`. */
interface SqliteErrorKind {
  matches(code: string): boolean;
  code: StoreErrorCode;
  message(file: string): { vi: string; en: string };
}

const READONLY_CODES = ["ENOTDIR", "EACCES", "EPERM", "EROFS", "ENOENT", "EISDIR"];

/** The known kinds, first match wins. */
const KINDS: readonly SqliteErrorKind[] = [
  {
    matches: (c) => c === "SQLITE_NOTADB" || c.startsWith("SQLITE_CORRUPT"),
    code: "store.corrupt",
    message: (file) => ({
      vi: `tệp cơ sở dữ liệu "${file}" bị hỏng hoặc không phải cơ sở dữ liệu SQLite; hãy khôi phục từ bản sao lưu`,
      en: `database file "${file}" is corrupted or not an SQLite database; restore it from a backup`,
    }),
  },
  {
    matches: (c) => c.startsWith("SQLITE_FULL"),
    code: "store.full",
    message: (file) => ({
      vi: `đĩa hoặc cơ sở dữ liệu "${file}" đã đầy; không có gì được ghi, hãy giải phóng dung lượng rồi thử lại`,
      en: `the disk or database "${file}" is full; nothing was written, free some space and retry`,
    }),
  },
  {
    matches: (c) => c.startsWith("SQLITE_BUSY") || c.startsWith("SQLITE_LOCKED"),
    code: "store.busy",
    message: (file) => ({
      vi: `cơ sở dữ liệu "${file}" đang bị khóa bởi tiến trình khác; hãy thử lại`,
      en: `database "${file}" is locked by another process; retry`,
    }),
  },
  {
    matches: (c) => c === "ENOSPC" || c === "EDQUOT",
    code: "store.full",
    message: (file) => ({ vi: `đĩa đã đầy khi tạo "${file}"`, en: `the disk is full creating "${file}"` }),
  },
  {
    matches: (c) =>
      READONLY_CODES.includes(c) ||
      c.startsWith("SQLITE_READONLY") ||
      c.startsWith("SQLITE_CANTOPEN") ||
      c.startsWith("SQLITE_PERM"),
    code: "store.readonly",
    message: (file) => ({
      vi: `không mở hoặc ghi được cơ sở dữ liệu "${file}" (quyền truy cập hoặc đường dẫn)`,
      en: `database "${file}" cannot be opened or written (permissions or path)`,
    }),
  },
  {
    matches: (c) => c.startsWith("SQLITE_IOERR"),
    code: "store.full",
    message: (file) => ({
      vi: `lỗi vào/ra khi ghi "${file}" (đĩa đầy hoặc hỏng); không có gì được ghi`,
      en: `I/O error writing "${file}" (disk full or failing); nothing was written`,
    }),
  },
];

/** Turns a better-sqlite3 error into a bilingual {@link StoreError}; a StoreError passes through. */
export function mapSqliteError(error: unknown, file: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  const details = { file, sqliteCode: typeof code === "string" ? code : null, cause: text };
  const c = typeof code === "string" ? code : "";
  const kind = KINDS.find((k) => k.matches(c));
  if (kind) return new StoreError(kind.code, kind.message(file), details, { cause: error });
  return new StoreError(
    "store.internal",
    { vi: `lỗi cơ sở dữ liệu SQLite: ${text}`, en: `SQLite error: ${text}` },
    details,
    { cause: error },
  );
}
