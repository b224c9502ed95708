import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/** The session cookie's name. */
export const SESSION_COOKIE = "kehoach_session";

/** Reads the session token from the request's cookie. */
export function readSessionCookie(c: Context): string | null {
  const value = getCookie(c, SESSION_COOKIE);
  return typeof value === "string" && /^[A-Za-z0-9_-]{16,200}$/.test(value) ? value : null;
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, path /, Secure when asked (HTTPS deployments). */
export function writeSessionCookie(
  c: Context,
  token: string,
  options: { expiresAt: string; secure: boolean },
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: options.secure,
    expires: new Date(options.expiresAt),
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "Strict", secure });
}
