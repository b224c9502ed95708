/** An error answer of the dashboard API, bilingual. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly details: unknown;
  constructor(status: number, body: { code?: string; vi?: string; en?: string; details?: unknown }) {
    super(body.en ?? `HTTP ${status}`);
    this.status = status;
    this.code = body.code ?? "http";
    this.vi = body.vi ?? `Lỗi HTTP ${status}`;
    this.en = body.en ?? `HTTP error ${status}`;
    this.details = body.details;
  }
}

let csrf: string | null = null;

/** Remembers the CSRF token the server gave with the session (login or `/api/auth/me`). */
export function setCsrfToken(token: string | null): void {
  csrf = token;
}

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text === "" ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  if (!response.ok) {
    const error = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
    throw new ApiRequestError(response.status, error as { code?: string; vi?: string; en?: string });
  }
  return body as T;
}

/** GET a JSON resource of the API. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: "application/json" },
    credentials: "same-origin",
    signal,
  });
  return parse<T>(response);
}

/** POST JSON to the API with the session's CSRF token. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (csrf) headers["x-csrf-token"] = csrf;
  const response = await fetch(path, {
    method: "POST",
    headers,
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
  return parse<T>(response);
}

/** POST a file (multipart) to the API with the session's CSRF token. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (csrf) headers["x-csrf-token"] = csrf;
  const response = await fetch(path, { method: "POST", headers, credentials: "same-origin", body: form });
  return parse<T>(response);
}
