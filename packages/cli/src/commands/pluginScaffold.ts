import { slugify } from "@kehoach/core";
import { z } from "zod";

/** Words for names written into generated code: letters, digits, spaces and a little punctuation (no quotes, braces or `$`). */
const SafeTextSchema = z
  .string()
  .transform((text) => text.normalize("NFC").trim().replace(/\s+/gu, " "))
  .pipe(
    z
      .string()
      .min(1)
      .max(120)
      .regex(/^[\p{L}\p{M}\p{N} ,.()'/-]+$/u, "letters, digits, spaces and , . ( ) ' / - only"),
  );

/** Options of {@link planPluginScaffold}: what `kehoach plugin new` asks for. */
export const PluginScaffoldOptionsSchema = z
  .object({
    /** Plugin id, kebab-case ("phuong-moc-30-4"); a leading "plugin-" is dropped. The folder is `plugin-<name>`. */
    name: z
      .string()
      .transform((name) => name.trim().replace(/^plugin-/u, ""))
      .pipe(
        z
          .string()
          .min(2)
          .max(60)
          .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "kebab-case: lower-case letters, digits and hyphens"),
      ),
    /** The ward's name without "Phường" ("Ba Đình"). */
    ward: SafeTextSchema.default("Hòa Bình"),
    /** What the plan celebrates ("Ngày Giải phóng miền Nam, thống nhất đất nước"). */
    event: SafeTextSchema.default("Ngày Giải phóng miền Nam, thống nhất đất nước"),
    /** The day of the event, YYYY-MM-DD ("1975-04-30"). */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && isRealDate(d), "a real date")
      .default("1975-04-30"),
    /** The year of the anniversary the plan is for (after the event's year). */
    year: z.number().int().min(1900).max(2200),
    /** npm scope of the package ("@kehoach", "@my-office"). */
    scope: z
      .string()
      .regex(/^@[a-z0-9][a-z0-9-._]*$/, "an npm scope such as @my-office")
      .default("@kehoach"),
    /** How many residential groups (tổ dân phố) the ward has. */
    groups: z.number().int().min(1).max(200).default(10),
    /** Relative path from the new package to the workspace root (with a trailing "/"), or null outside a kehoach workspace. */
    rootRelative: z.string().nullable().default(null),
    /** The version range of `@kehoach/core` to depend on ("*" inside the workspace). */
    coreVersion: z.string().min(1).default("*"),
  })
  .refine((o) => o.year > Number(o.date.slice(0, 4)), {
    message: "the year must come after the event's year",
    path: ["year"],
  });
export type PluginScaffoldOptions = z.input<typeof PluginScaffoldOptionsSchema>;

/** A template file and where its output goes, relative to the new package (or to the workspace root for `root: true`). */
export interface ScaffoldFile {
  /** Template path under `templates/plugin/`. */
  template: string;
  /** Output path. */
  path: string;
  /** Written relative to the workspace root instead of the package (the changeset). */
  root?: boolean;
}

/** What {@link planPluginScaffold} decides: the package's names and the values the templates read. */
export interface PluginScaffoldPlan {
  /** Folder name: "plugin-<name>". */
  folder: string;
  packageName: string;
  /** The values of `{{…}}` placeholders. */
  values: Readonly<Record<string, string>>;
  files: readonly ScaffoldFile[];
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === iso;
}

function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/gu, (_, c: string) => c.toUpperCase());
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function viDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** The day the two-level local government began: units of a new ward plugin are valid from it. */
export const TWO_LEVEL_GOVERNMENT_FROM = "2025-07-01";

/**
 * Decides everything `kehoach plugin new` writes, without touching the disk:
 * validates the options (zod) and computes the anniversary (years, the day
 * it falls on), the sample plan's dates around it, ids and identifiers.
 * Throws a `ZodError` on invalid options.
 */
export function planPluginScaffold(input: PluginScaffoldOptions): PluginScaffoldPlan {
  const o = PluginScaffoldOptionsSchema.parse(input);
  const wardId = slugify(o.ward);
  const eventYear = Number(o.date.slice(0, 4));
  const on = `${o.year}${o.date.slice(4)}`;
  const onDate = new Date(`${on}T00:00:00Z`);
  const onMonth = onDate.getUTCMonth() + 1;
  const startMonth = Math.max(1, onMonth - 2);
  const before = new Date(onDate.getTime() - 3 * 86_400_000);
  const yearEnd = new Date(Date.UTC(o.year, 11, 31));
  const review = new Date(Math.min(onDate.getTime() + 30 * 86_400_000, yearEnd.getTime()));
  const planStart = `${o.year}-${String(startMonth).padStart(2, "0")}-01`;
  const planDate = planStart > TWO_LEVEL_GOVERNMENT_FROM ? planStart : TWO_LEVEL_GOVERNMENT_FROM;
  const folder = `plugin-${o.name}`;
  const packageName = `${o.scope}/${folder}`;
  const values: Record<string, string> = {
    name: o.name,
    camelName: camelCase(o.name),
    packageName,
    wardName: o.ward,
    wardId,
    wardFullName: `Ủy ban nhân dân phường ${o.ward}`,
    event: o.event,
    eventUpper: o.event.toLocaleUpperCase("vi"),
    date: o.date,
    dateVi: viDate(o.date),
    year: String(o.year),
    years: String(o.year - eventYear),
    on,
    onVi: viDate(on),
    onMonth: String(onMonth),
    startMonth: String(startMonth),
    planMonth: String(Number(planDate.slice(5, 7))),
    planDate,
    dayBefore: viDate(isoOf(before)),
    reviewDay: viDate(isoOf(review)),
    quarter: ROMAN[Math.floor((onMonth - 1) / 3)] ?? "I",
    validFrom: TWO_LEVEL_GOVERNMENT_FROM,
    planId: `ke-hoach-${o.name}`,
    groupCount: String(o.groups),
    rootRelative: o.rootRelative ?? "",
    coreVersion: o.coreVersion,
  };
  const standalone = o.rootRelative === null;
  const files: ScaffoldFile[] = [
    { template: "package.json.tmpl", path: "package.json" },
    {
      template: standalone ? "standalone/tsconfig.json.tmpl" : "tsconfig.json.tmpl",
      path: "tsconfig.json",
    },
    { template: "tsup.config.ts.tmpl", path: "tsup.config.ts" },
    {
      template: standalone ? "standalone/vitest.config.ts.tmpl" : "vitest.config.ts.tmpl",
      path: "vitest.config.ts",
    },
    { template: "README.md.tmpl", path: "README.md" },
    { template: "plans/sample-plan.txt.tmpl", path: "plans/sample-plan.txt" },
    { template: "scripts/embed-plan.ts.tmpl", path: "scripts/embed-plan.ts" },
    { template: "src/index.ts.tmpl", path: "src/index.ts" },
    { template: "src/plugin.ts.tmpl", path: "src/plugin.ts" },
    { template: "src/units.ts.tmpl", path: "src/units.ts" },
    { template: "src/wards.ts.tmpl", path: "src/wards.ts" },
    { template: "src/residentialGroups.ts.tmpl", path: "src/residentialGroups.ts" },
    { template: "src/plans/samplePlan.ts.tmpl", path: "src/plans/samplePlan.ts" },
    { template: "test/conformance.test.ts.tmpl", path: "test/conformance.test.ts" },
    { template: "test/samplePlan.test.ts.tmpl", path: "test/samplePlan.test.ts" },
  ];
  if (!standalone) {
    files.push({ template: "CHANGESET.md.tmpl", path: `.changeset/${folder}.md`, root: true });
  }
  return { folder, packageName, values, files };
}

/**
 * Fills a template's `{{name}}` placeholders. A placeholder without a value is
 * a bug in the templates and throws (it never reaches a user's file).
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{([A-Za-z][A-Za-z0-9]*)\}\}/gu, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template placeholder {{${key}}} has no value`);
    return value;
  });
}
