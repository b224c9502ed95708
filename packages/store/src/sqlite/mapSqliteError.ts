import { StoreError } from "../StoreError";

/** Turns a better-sqlite3 error into a bilingual {@link StoreError}; a StoreError passes through. */
export function mapSqliteError(error: unknown, file: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  const details = { file, sqliteCode: typeof code === "string" ? code : null, cause: text };
  const c = typeof code === "string" ? code : "";
  if (c === "SQLITE_NOTADB" || c.startsWith("SQLITE_CORRUPT")) {
    return new StoreError(
      "store.corrupt",
      {
        vi: `tệp cơ sở dữ liệu "${file}" bị hỏng hoặc không phải cơ sở dữ liệu SQLite; hãy khôi phục từ bản sao lưu`,
        en: `database file "${file}" is corrupted or not an SQLite database; restore it from a backup`,
      },
      details,
      { cause: error },
    );
  }
  if (c.startsWith("SQLITE_FULL")) {
    return new StoreError(
      "store.full",
      {
        vi: `đĩa hoặc cơ sở dữ liệu "${file}" đã đầy; không có gì được ghi, hãy giải phóng dung lượng rồi thử lại`,
        en: `the disk or database "${file}" is full; nothing was written, free some space and retry`,
      },
      details,
      { cause: error },
    );
  }
  if (c.startsWith("SQLITE_BUSY") || c.startsWith("SQLITE_LOCKED")) {
    return new StoreError(
      "store.busy",
      {
        vi: `cơ sở dữ liệu "${file}" đang bị khóa bởi tiến trình khác; hãy thử lại`,
        en: `database "${file}" is locked by another process; retry`,
      },
      details,
      { cause: error },
    );
  }
  if (c === "ENOSPC" || c === "EDQUOT") {
    return new StoreError(
      "store.full",
      { vi: `đĩa đã đầy khi tạo "${file}"`, en: `the disk is full creating "${file}"` },
      details,
      { cause: error },
    );
  }
  if (
    ["ENOTDIR", "EACCES", "EPERM", "EROFS", "ENOENT", "EISDIR"].includes(c) ||
    c.startsWith("SQLITE_READONLY") ||
    c.startsWith("SQLITE_CANTOPEN") ||
    c.startsWith("SQLITE_PERM")
  ) {
    return new StoreError(
      "store.readonly",
      {
        vi: `không mở hoặc ghi được cơ sở dữ liệu "${file}" (quyền truy cập hoặc đường dẫn)`,
        en: `database "${file}" cannot be opened or written (permissions or path)`,
      },
      details,
      { cause: error },
    );
  }
  if (c.startsWith("SQLITE_IOERR")) {
    return new StoreError(
      "store.full",
      {
        vi: `lỗi vào/ra khi ghi "${file}" (đĩa đầy hoặc hỏng); không có gì được ghi`,
        en: `I/O error writing "${file}" (disk full or failing); nothing was written`,
      },
      details,
      { cause: error },
    );
  }
  return new StoreError(
    "store.internal",
    { vi: `lỗi cơ sở dữ liệu SQLite: ${text}`, en: `SQLite error: ${text}` },
    details,
    { cause: error },
  );
}
