import type { Account } from "@kehoach/store";
import type { ClientInfo } from "./security/clientInfo";

/** Hono variables the dashboard's middleware sets for each request. */
export interface DashboardVariables {
  /** The signed-in user, or null. */
  account: Account | null;
  /** The session token from the cookie (valid), or null. */
  sessionToken: string | null;
  /** The client's address and protocol (forwarded ones only from a trusted proxy). */
  client: ClientInfo;
  /** Whether cookies set on this answer are Secure (the setting, or HTTPS through a trusted proxy). */
  secureCookies: boolean;
}

/** The Hono environment of the dashboard app. */
export interface DashboardEnv {
  Variables: DashboardVariables;
}
