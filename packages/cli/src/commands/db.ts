import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  DEFAULT_SQLITE_FILE,
  exportEventsJsonl,
  importEventsJsonl,
  isStoreError,
  openPlanRuntime,
  openStore,
  type Store,
  type StorePlanRuntime,
} from "@kehoach/store";
import type { Command } from "commander";
import { type BilingualMessage, CliError, usageError } from "../CliError";
import { type CliIO, writeJson } from "../CliIO";
import type { CommandContext, CommandModule } from "../CommandModule";
import { exitCodes } from "../exitCodes";
import { loadKehoachFor, planErrorToCliError } from "../plugins/index";
import { readTextFile } from "../readInputFile";
import { readEventLines } from "./status";
import { formatRejectedLine, type RejectedEventLine } from "./statusFormat";

interface DbOptions {
  db?: string;
  json?: boolean;
  plan?: string;
  plugin?: string[];
}

/** The store URL: `--db`, else `KEHOACH_DATABASE_URL`, else the SQLite file under ./data/. */
function storeUrl(io: CliIO, options: DbOptions): string {
  return options.db ?? io.env.KEHOACH_DATABASE_URL ?? DEFAULT_SQLITE_FILE;
}

/** How a command opens the store: read-only commands neither create nor migrate it. */
type OpenMode = "create" | "existing" | "read-only";

async function withStore<T>(
  io: CliIO,
  options: DbOptions,
  fn: (store: Store) => Promise<T>,
  mode: OpenMode = "create",
): Promise<T> {
  let store: Store;
  try {
    store = await openStore(storeUrl(io, options), {
      create: mode === "create",
      migrate: mode !== "read-only",
    });
  } catch (error) {
    throw toCliError(error);
  }
  try {
    return await fn(store);
  } catch (error) {
    throw toCliError(error);
  } finally {
    await store.close();
  }
}

function toCliError(error: unknown): unknown {
  if (isStoreError(error)) {
    return new CliError(
      { vi: error.vi, en: error.en },
      error.code === "store.bad-url" ? exitCodes.usage : exitCodes.inputErrors,
    );
  }
  return error;
}

/** The plan ids a store holds, for messages: `"a", "b"` or "(none)". */
function heldPlans(plans: readonly { plan: string }[]): BilingualMessage {
  const ids = plans.map((p) => `"${p.plan}"`).join(", ");
  return { vi: ids || "(không có)", en: ids || "(none)" };
}

/** `--plan`, which the store must hold; without it, the store's only plan. */
async function pickPlan(store: Store, options: DbOptions): Promise<string> {
  const plans = await store.listPlans();
  const held = heldPlans(plans);
  if (options.plan !== undefined) {
    if (plans.some((p) => p.plan === options.plan)) return options.plan;
    throw new CliError({
      vi: `kho ${store.url} không có kế hoạch "${options.plan}"; các kế hoạch trong kho: ${held.vi}`,
      en: `the store ${store.url} holds no plan "${options.plan}"; the plans it holds: ${held.en}`,
    });
  }
  if (plans.length === 1 && plans[0]) return plans[0].plan;
  throw usageError({
    vi: `cần --plan ID (kho có ${plans.length} kế hoạch: ${held.vi})`,
    en: `--plan ID is needed (the store holds ${plans.length} plans: ${held.en})`,
  });
}

/**
 * The stored plan run with its plugins: those it names (installed) and any
 * `--plugin`. Fails, before anything is written, when the plan names a plugin
 * that is not installed (the message names the package to install).
 */
async function openStoredPlan(store: Store, planId: string, options: DbOptions): Promise<StorePlanRuntime> {
  const label = `${store.url} (${planId})`;
  try {
    const runtime = await openPlanRuntime(
      store,
      planId,
      await loadKehoachFor(await store.getPlan(planId), options.plugin),
    );
    if (runtime === null) throw new Error(`the store lost plan ${planId} while it was read`);
    return runtime;
  } catch (error) {
    throw planErrorToCliError(label, error);
  }
}

/** The events of a JSON Lines file that the plan's lifecycle rejects, located by their line in the file. */
function rejectedInFile(runtime: StorePlanRuntime, text: string): RejectedEventLine[] {
  const lines = new Map<string, number>();
  for (const record of readEventLines(text).records) {
    const id = (record.event as { id?: unknown } | null)?.id;
    if (typeof id === "string" && !lines.has(id)) lines.set(id, record.position);
  }
  return runtime
    .rejectedOnLoad()
    .flatMap(({ event, error }) => {
      const line = lines.get(event.event.id);
      return line === undefined
        ? []
        : [{ line, id: event.event.id, code: error.code, vi: error.vi, en: error.en }];
    })
    .sort((a, b) => a.line - b.line);
}

function dbOptions(command: Command): Command {
  return command
    .option(
      "--db <url>",
      "kho dữ liệu: memory:, tệp SQLite hoặc postgres://… / store URL (default: data/kehoach.sqlite)",
    )
    .option("--json", "xuất JSON / machine-readable JSON output");
}

function registerInit(db: Command, { io }: CommandContext): void {
  dbOptions(
    db.command("init").description("Tạo kho (và nâng cấp lược đồ) / Create the store (and migrate it)"),
  ).action(async (options: DbOptions) => {
    await withStore(io, options, async (store) => {
      if (options.json) writeJson(io, { url: store.url, schema: store.schema });
      else
        io.stdout.write(`Kho sẵn sàng / Store ready: ${store.url} (lược đồ / schema v${store.schema.to})\n`);
    });
  });
}

function registerMigrate(db: Command, { io }: CommandContext): void {
  dbOptions(db.command("migrate").description("Nâng cấp lược đồ / Apply pending schema migrations")).action(
    async (options: DbOptions) => {
      await withStore(io, options, async (store) => {
        const { from, to, applied } = store.schema;
        if (options.json) writeJson(io, { url: store.url, ...store.schema });
        else if (applied.length === 0)
          io.stdout.write(`Lược đồ đã mới nhất / Schema is up to date: v${to}\n`);
        else io.stdout.write(`Đã nâng cấp / Migrated: v${from} → v${to} (${applied.join(", ")})\n`);
      });
    },
  );
}

function registerVerify(db: Command, { io, setExitCode }: CommandContext): void {
  dbOptions(
    db.command("verify").description("Kiểm tra chuỗi băm sự kiện / Check the event hash chain"),
  ).action(async (options: DbOptions) => {
    await withStore(
      io,
      options,
      async (store) => {
        const result = await store.verify();
        if (options.json) writeJson(io, result);
        else if (result.ok) io.stdout.write(`Toàn vẹn / Intact: ${result.checked} sự kiện / events\n`);
        else for (const d of result.diagnostics) io.stderr.write(`Lỗi: ${d.vi} | Error: ${d.en}\n`);
        if (!result.ok) setExitCode(exitCodes.inputErrors);
      },
      "read-only",
    );
  });
}

function registerBackup(db: Command, { io }: CommandContext): void {
  dbOptions(db.command("backup").argument("<file>", "tệp sao lưu / backup file"))
    .description("Sao lưu trực tuyến SQLite / Online SQLite backup")
    .action(async (file: string, options: DbOptions) => {
      await withStore(
        io,
        options,
        async (store) => {
          const { file: written } = await store.backup(resolve(file));
          if (options.json) writeJson(io, { file: written });
          else io.stdout.write(`Đã sao lưu / Backed up to ${written}\n`);
        },
        "read-only",
      );
    });
}

function registerExportEvents(db: Command, { io }: CommandContext): void {
  dbOptions(
    db
      .command("export-events")
      .argument("<file>", "tệp JSON Lines (- cho stdout) / JSON Lines file (- for stdout)")
      .option("--plan <id>", "kế hoạch / plan id (default: all events)"),
  )
    .description("Xuất sự kiện ra JSON Lines / Export events as JSON Lines")
    .action(async (file: string, options: DbOptions) => {
      await withStore(
        io,
        options,
        async (store) => {
          if (options.plan !== undefined) await pickPlan(store, options);
          let text = "";
          for await (const chunk of exportEventsJsonl(store, { plan: options.plan })) text += chunk;
          const count = text === "" ? 0 : text.split("\n").length - 1;
          if (file === "-") {
            io.stdout.write(text);
            return;
          }
          mkdirSync(dirname(resolve(file)), { recursive: true });
          writeFileSync(file, text);
          if (options.json) writeJson(io, { file, events: count });
          else io.stdout.write(`Đã xuất / Exported ${count} sự kiện / events → ${file}\n`);
        },
        "read-only",
      );
    });
}

function registerImportEvents(db: Command, { io, setExitCode }: CommandContext): void {
  dbOptions(
    db
      .command("import-events")
      .argument("<file>", "tệp JSON Lines / JSON Lines file")
      .option("--plan <id>", "kế hoạch nhận sự kiện / plan the events belong to")
      .option(
        "--plugin <id>",
        "plugin thêm vào các plugin kế hoạch ghi nhận / a plugin besides those the plan names",
        (value: string, previous: string[] = []) => [...previous, value],
      ),
  )
    .description(
      "Nhập sự kiện từ JSON Lines (bỏ qua sự kiện đã có) / Import events from JSON Lines (idempotent)",
    )
    .action(async (file: string, options: DbOptions) => {
      const text = await readTextFile(file, { vi: "tệp sự kiện", en: "events file" });
      await withStore(
        io,
        options,
        async (store) => {
          const plan = await pickPlan(store, options);
          const runtime = await openStoredPlan(store, plan, options);
          const result = await importEventsJsonl(store, text, { plan });
          for (const d of result.diagnostics)
            io.stderr.write(`${file}:${d.location?.line ?? 0}: Lỗi: ${d.vi} | Error: ${d.en}\n`);
          await runtime.sync();
          const rejected = result.diagnostics.length === 0 ? rejectedInFile(runtime, text) : [];
          for (const r of rejected) io.stderr.write(`${file}:${r.line}: ${formatRejectedLine(r)}\n`);
          if (options.json) writeJson(io, { ...result, rejected });
          else if (result.diagnostics.length === 0) {
            io.stdout.write(
              `Đã nhập / Imported ${result.imported} sự kiện / events (${result.duplicates} đã có / already stored)\n`,
            );
          }
          if (result.diagnostics.length > 0 || rejected.length > 0) setExitCode(exitCodes.inputErrors);
        },
        "existing",
      );
    });
}

/** `kehoach db init|migrate|verify|backup|export-events|import-events`: the store. */
export const dbCommand: CommandModule = {
  name: "db",
  register(program, context) {
    const db = program
      .command("db")
      .description(
        "Kho dữ liệu: tạo, nâng cấp, kiểm tra, sao lưu, xuất/nhập sự kiện / The store: init, migrate, verify, backup, export/import events",
      );
    for (const register of [
      registerInit,
      registerMigrate,
      registerVerify,
      registerBackup,
      registerExportEvents,
      registerImportEvents,
    ])
      register(db, context);
  },
};
