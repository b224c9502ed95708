import { randomBytes } from "node:crypto";
import { isAbsolute, resolve } from "node:path";
import { zodIssuesToDiagnostics } from "@kehoach/core";
import { z } from "zod";

/** The dashboard's settings, read from the environment by {@link readDashboardConfig}. */
export const DashboardConfigSchema = z.object({
  /** `PORT` (default 3000; 0 picks a free port). */
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `HOST` to listen on (default all interfaces). */
  host: z.string().min(1).optional(),
  /** `KEHOACH_DATABASE_URL`: a store URL (postgres://…, sqlite:PATH); default the SQLite file under the data folder. */
  databaseUrl: z.string().min(1).optional(),
  /** `KEHOACH_DATA_DIR` (default `./data` of the folder `npm start` ran in). */
  dataDir: z.string().min(1),
  /** `KEHOACH_SECRET`: the CSRF secret (default random per start; set it when several processes serve one store). */
  secret: z.string().min(32),
  /** `KEHOACH_SECURE_COOKIES=1` behind HTTPS. */
  secureCookies: z.boolean().default(false),
  /** `KEHOACH_TRUST_PROXY`: comma-separated addresses of the reverse proxies whose forwarded address and protocol count. */
  trustProxy: z.array(z.ipv4().or(z.ipv6())).default([]),
  /** `KEHOACH_PUBLIC_READ=1`: anonymous visitors may read plans, progress and reports (no names, no logs). */
  publicRead: z.boolean().default(false),
  /** `KEHOACH_IDLE_MINUTES`: a session unused this long ends (default 30). */
  idleMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** `KEHOACH_DEMO_PASSWORD`: one password for the demo accounts (default random, printed once). */
  demoPassword: z.string().min(8).optional(),
  /** `KEHOACH_SEED=0` skips the seed plan and demo accounts. */
  seed: z.boolean().default(true),
  /** `KEHOACH_DEMO_EVENTS=1`: a freshly seeded sample plan gets a year of sample events, and every page shows a "Dữ liệu mẫu / demo data" banner. */
  demoEvents: z.boolean().default(false),
});

/** The dashboard's settings. */
export type DashboardConfig = z.output<typeof DashboardConfigSchema>;

/**
 * Reads the settings from environment variables (see {@link DashboardConfigSchema}).
 * Relative paths resolve against `INIT_CWD` (where `npm start` was typed), so
 * the root's `./data/` is used by `npm start` at the root.
 */
export function readDashboardConfig(env: NodeJS.ProcessEnv = process.env): DashboardConfig {
  const base = env.INIT_CWD ?? process.cwd();
  const dir = env.KEHOACH_DATA_DIR ?? "data";
  const flag = (v: string | undefined) => v === "1" || v === "true" || v === "yes";
  const parsed = DashboardConfigSchema.safeParse({
    port: env.PORT === undefined || env.PORT === "" ? undefined : env.PORT,
    host: env.HOST || undefined,
    databaseUrl: env.KEHOACH_DATABASE_URL || undefined,
    dataDir: isAbsolute(dir) ? dir : resolve(base, dir),
    secret: env.KEHOACH_SECRET || randomBytes(32).toString("base64url"),
    secureCookies: flag(env.KEHOACH_SECURE_COOKIES),
    trustProxy: (env.KEHOACH_TRUST_PROXY ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    publicRead: flag(env.KEHOACH_PUBLIC_READ),
    idleMinutes: env.KEHOACH_IDLE_MINUTES || undefined,
    demoPassword: env.KEHOACH_DEMO_PASSWORD || undefined,
    demoEvents: flag(env.KEHOACH_DEMO_EVENTS),
    seed: env.KEHOACH_SEED === undefined ? true : !(env.KEHOACH_SEED === "0" || env.KEHOACH_SEED === "false"),
  });
  if (!parsed.success) {
    const what = { vi: "Cấu hình", en: "configuration" };
    const [first] = zodIssuesToDiagnostics("dashboard.invalid-config", what, parsed.error.issues, {
      limit: 1,
    });
    throw new Error(`${first?.vi ?? "Cấu hình không hợp lệ"} / ${first?.en ?? "invalid configuration"}`);
  }
  return parsed.data;
}
