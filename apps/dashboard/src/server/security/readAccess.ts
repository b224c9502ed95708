/** API paths anyone may call, signed in or not. */
const open = new Set(["/api/health", "/api/auth/me", "/api/auth/login", "/api/auth/logout"]);

// Plans, progress and reports: the transparency view. Not the plan's event log
// (`/events`) nor the audit log, which name the officers who acted.
const transparency =
  /^\/api\/plans(?:\/[^/]+(?:\/(?:status|activities(?:\/[^/]+)?|diff|rewards|exports|export))?)?$/;

/**
 * What a request without a session may do: `open` (health, sign-in),
 * `public` (a GET of the transparency view, only with `KEHOACH_PUBLIC_READ=1`)
 * or nothing (`closed`: 401).
 */
export function anonymousAccess(
  method: string,
  path: string,
  publicRead: boolean,
): "open" | "public" | "closed" {
  if (open.has(path)) return "open";
  if (publicRead && (method === "GET" || method === "HEAD") && transparency.test(path)) return "public";
  return "closed";
}
