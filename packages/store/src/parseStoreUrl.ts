import { StoreError } from "./StoreError";

/** Where the default SQLite database lives, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = "data/kehoach.sqlite";

/** A store URL, parsed. */
export type StoreLocation =
  | { kind: "memory" }
  | { kind: "sqlite"; file: string; synchronous?: "full" | "normal"; maxPages?: number }
  | { kind: "postgres"; connectionString: string; redacted: string };

function badUrl(url: string, why: { vi: string; en: string }): StoreError {
  return new StoreError(
    "store.bad-url",
    {
      vi: `địa chỉ kho dữ liệu không hợp lệ "${url}": ${why.vi}. Dùng memory:, sqlite:ĐƯỜNG_DẪN, một đường dẫn tệp hoặc postgres://người_dùng:mật_khẩu@máy:cổng/csdl`,
      en: `invalid store URL "${url}": ${why.en}. Use memory:, sqlite:PATH, a file path or postgres://user:password@host:port/db`,
    },
    { url },
  );
}

/** Hides the password of a PostgreSQL URL. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}

/**
 * Parses a store URL: `memory:`; `sqlite:PATH`, `sqlite://PATH`, `file:PATH` or a
 * bare path (SQLite; `?synchronous=normal&maxPages=N` after a `sqlite:` URL);
 * `postgres://…` or `postgresql://…`. With no URL, the SQLite file under `./data/`.
 */
export function parseStoreUrl(url: string = DEFAULT_SQLITE_FILE): StoreLocation {
  if (typeof url !== "string" || url.trim() === "") throw badUrl(String(url), { vi: "rỗng", en: "empty" });
  const text = url.trim();
  if (/^memory:(\/\/)?$/i.test(text)) return { kind: "memory" };
  if (/^postgres(ql)?:\/\//i.test(text)) {
    try {
      const parsed = new URL(text);
      if (!parsed.hostname && !parsed.searchParams.get("host")) {
        throw badUrl(redactUrl(text), { vi: "thiếu máy chủ", en: "no host" });
      }
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw badUrl(redactUrl(text), { vi: "không phân tích được", en: "cannot be parsed" });
    }
    return { kind: "postgres", connectionString: text, redacted: redactUrl(text) };
  }
  const scheme = /^(sqlite|file):(\/\/)?/i.exec(text);
  if (!scheme) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      throw badUrl(text, { vi: "loại kho không được hỗ trợ", en: "unsupported scheme" });
    }
    return { kind: "sqlite", file: text };
  }
  const rest = text.slice(scheme[0].length);
  const q = rest.indexOf("?");
  const file = q === -1 ? rest : rest.slice(0, q);
  if (file === "") throw badUrl(text, { vi: "thiếu đường dẫn tệp", en: "no file path" });
  const location: StoreLocation = { kind: "sqlite", file };
  if (q !== -1) {
    for (const [key, value] of new URLSearchParams(rest.slice(q + 1))) {
      if (key === "synchronous" && (value === "full" || value === "normal")) location.synchronous = value;
      else if (key === "maxPages" && /^[1-9]\d{0,9}$/.test(value)) location.maxPages = Number(value);
      else
        throw badUrl(text, {
          vi: `tham số không hợp lệ "${key}=${value}"`,
          en: `bad parameter "${key}=${value}"`,
        });
    }
  }
  return location;
}
