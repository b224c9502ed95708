import { createHmac, timingSafeEqual } from "node:crypto";
import { boundedCache } from "./boundedCache";

/** The tokens of the sessions of the moment (secret, session token → CSRF token): one HMAC per session, not per request. */
const expectedTokens = boundedCache<Buffer>(1024);

/**
 * The CSRF token of a session: an HMAC of the session token under the
 * server's secret (a synchroniser token that needs no storage). The client
 * reads it from `GET /api/auth/me` or the login answer and sends it back in
 * the `X-CSRF-Token` header of every mutation.
 */
export function csrfToken(secret: string, sessionToken: string): string {
  return createHmac("sha256", secret).update(`csrf:${sessionToken}`).digest("base64url");
}

/** True when `candidate` is the CSRF token of the session (constant-time comparison). */
export function verifyCsrfToken(
  secret: string,
  sessionToken: string,
  candidate: string | undefined,
): boolean {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 200) return false;
  const key = `${secret}\n${sessionToken}`;
  let expected = expectedTokens.get(key);
  if (!expected) {
    expected = Buffer.from(csrfToken(secret, sessionToken));
    expectedTokens.set(key, expected);
  }
  const given = Buffer.from(candidate);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
