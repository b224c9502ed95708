import type { Account } from "@kehoach/store";

/** Hono variables the dashboard's middleware sets for each request. */
export interface DashboardVariables {
  /** The signed-in user, or null. */
  account: Account | null;
  /** The session token from the cookie (valid), or null. */
  sessionToken: string | null;
}

/** The Hono environment of the dashboard app. */
export interface DashboardEnv {
  Variables: DashboardVariables;
}
