import type { ClientHeaders } from "./loadClient";

/** Signs in to a running dashboard: the cookies a browser would send back and the CSRF token. */
export async function login(url: string, username: string, password: string): Promise<ClientHeaders> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  // The session cookie and the idle-timeout cookie, as a browser would send them back.
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
