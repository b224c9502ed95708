import { StoreError } from "../StoreError";

/** Turns a pg error into a bilingual {@link StoreError}; a StoreError passes through. */
export function mapPostgresError(error: unknown, url: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown }).code ?? "");
  const text = error instanceof Error ? error.message : String(error);
  const details = { url, pgCode: code || null, cause: text };
  if (code === "28P01" || code === "28000") {
    return new StoreError(
      "store.auth",
      {
        vi: `PostgreSQL từ chối đăng nhập (${url}): sai tên người dùng hoặc mật khẩu`,
        en: `PostgreSQL refused the login (${url}): wrong user name or password`,
      },
      details,
      { cause: error },
    );
  }
  if (code === "3D000") {
    return new StoreError(
      "store.unreachable",
      {
        vi: `cơ sở dữ liệu PostgreSQL không tồn tại (${url})`,
        en: `the PostgreSQL database does not exist (${url})`,
      },
      details,
      { cause: error },
    );
  }
  if (
    ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET", "57P01", "57P03"].includes(code)
  ) {
    return new StoreError(
      "store.unreachable",
      {
        vi: `không kết nối được tới PostgreSQL (${url}): máy chủ không chạy hoặc không truy cập được`,
        en: `cannot reach PostgreSQL (${url}): the server is down or unreachable`,
      },
      details,
      { cause: error },
    );
  }
  if (code === "53100" || code === "53200") {
    return new StoreError(
      "store.full",
      {
        vi: `máy chủ PostgreSQL hết dung lượng đĩa hoặc bộ nhớ; không có gì được ghi`,
        en: "the PostgreSQL server is out of disk space or memory; nothing was written",
      },
      details,
      { cause: error },
    );
  }
  if (code === "40001" || code === "40P01" || code === "55P03") {
    return new StoreError(
      "store.busy",
      { vi: "xung đột khóa trong PostgreSQL; hãy thử lại", en: "lock conflict in PostgreSQL; retry" },
      details,
      { cause: error },
    );
  }
  return new StoreError(
    "store.internal",
    { vi: `lỗi PostgreSQL: ${text}`, en: `PostgreSQL error: ${text}` },
    details,
    { cause: error },
  );
}
