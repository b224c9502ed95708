import { createHmac, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { boundedCache } from "./boundedCache";

/** The cookie that says when a session was last used (signed, so a client cannot move it). */
export const SEEN_COOKIE = "kehoach_seen";

const sign = (secret: string, sessionToken: string, at: number) =>
  createHmac("sha256", secret).update(`seen:${sessionToken}:${at}`).digest("base64url");

/** Stamps already verified (secret, session, cookie value → time), so a client's requests between two stamps check one HMAC. */
const verified = boundedCache<number>(1024);

/**
 * When the session was last used, from its signed `kehoach_seen` cookie, or
 * null when the cookie is missing, forged or belongs to another session.
 * Kept in a cookie rather than in the store so that several server processes
 * agree without a write per request. A stamp's signature is checked once per
 * distinct cookie value (a small bounded cache of those that verified); the
 * caller compares the time with the idle timeout on every request.
 */
export function readLastSeen(c: Context, secret: string, sessionToken: string): number | null {
  const value = getCookie(c, SEEN_COOKIE);
  if (typeof value !== "string") return null;
  const key = `${secret}\n${sessionToken}\n${value}`;
  const known = verified.get(key);
  if (known !== undefined) return known;
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return null;
  const at = Number(match[1]);
  const expected = Buffer.from(sign(secret, sessionToken, at));
  const given = Buffer.from(match[2] as string);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  verified.set(key, at);
  return at;
}

/** Stamps the session as used now: HttpOnly, SameSite=Strict, Secure when asked, a browser-session cookie. */
export function writeLastSeen(
  c: Context,
  secret: string,
  sessionToken: string,
  at: number,
  secure: boolean,
): void {
  setCookie(c, SEEN_COOKIE, `${at}.${sign(secret, sessionToken, at)}`, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure,
  });
}

/** Clears the last-used cookie. */
export function clearLastSeen(c: Context, secure: boolean): void {
  deleteCookie(c, SEEN_COOKIE, { path: "/", httpOnly: true, sameSite: "Strict", secure });
}
