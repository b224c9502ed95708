import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { finished } from "node:stream/promises";
import { createUnitRegistry, type Diagnostic, type Plan, PlanSchema, todayInVietnam } from "@kehoach/core";
import { exportPlan, planTableStreamTables, writeXlsxStream } from "@kehoach/export";
import { CliError, usageError } from "../CliError";
import type { CliIO } from "../CliIO";
import type { CommandContext, CommandModule } from "../CommandModule";
import { createProgressBar } from "../createProgressBar";
import { dateOption } from "../dateOption";
import { exitCodes } from "../exitCodes";
import { loadKehoachFor } from "../plugins/index";
import { parseJsonFile, readTextFile } from "../readInputFile";

/** Options of `kehoach export`. */
export interface ExportOptions {
  report: string;
  format?: string;
  unit?: string;
  output?: string;
  events?: string;
  asOf?: string;
  canonical?: boolean;
  plugin?: string[];
}

const FORMATS = ["docx", "xlsx", "pdf", "csv", "md", "html", "ics"];
/** Plans at least this large go through the streaming .xlsx writer (flat memory, progress bar). */
const STREAM_XLSX_FROM = 5_000;

async function readPlan(path: string): Promise<unknown> {
  return parseJsonFile(await readTextFile(path, { vi: "kế hoạch", en: "plan" }), path);
}

/** An events file (JSON Lines) read for the progress report: the events and the line each came from. */
interface EventLines {
  events: unknown[];
  lines: number[];
  /** Lines that are not JSON. */
  notJson: number[];
}

async function readEvents(path: string): Promise<EventLines> {
  const text = await readTextFile(path, { vi: "tệp sự kiện", en: "events file" });
  const out: EventLines = { events: [], lines: [], notJson: [] };
  text.split(/\r?\n/u).forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      out.events.push(JSON.parse(raw) as unknown);
      out.lines.push(i + 1);
    } catch {
      out.notJson.push(i + 1);
    }
  });
  return out;
}

function asOfOf(options: ExportOptions): string {
  return options.asOf === undefined ? todayInVietnam() : dateOption("--as-of", options.asOf);
}

function formatOf(options: ExportOptions): string {
  const format = options.format ?? (options.output ? extname(options.output).slice(1).toLowerCase() : "");
  if (!format) {
    throw usageError({
      vi: `cần --format (${FORMATS.join(", ")}) hoặc -o có phần mở rộng`,
      en: `--format (${FORMATS.join(", ")}) or an -o file with an extension is required`,
    });
  }
  return format;
}

/** Formats whose output is binary (a zip or a PDF): never written to a terminal. */
const BINARY_FORMATS = new Set(["docx", "xlsx", "pdf"]);

/**
 * The unit `--unit` names: its id, or the name, short name or an alias of one of the plan's units
 * (matched as the importer matches unit cells: tone marks, i/y, "P."/"Phòng"). For an unknown
 * one, the plan's units are listed on stderr with their names, and the command fails (exit 1).
 */
function unitIdOf(plan: Plan, text: string, io: CliIO): string {
  let registry: ReturnType<typeof createUnitRegistry>;
  try {
    registry = createUnitRegistry(plan.units, plan.wards);
  } catch {
    return text; // the plan's own diagnostics will say what is wrong
  }
  if (registry.get(text)) return text;
  const unit = registry.lookup(text);
  if (unit) return unit.id;
  io.stderr.write("Các đơn vị của kế hoạch / The plan's units:\n");
  for (const u of plan.units) io.stderr.write(`  ${u.id}: ${u.name}${u.short ? ` (${u.short})` : ""}\n`);
  throw new CliError({
    vi: `đơn vị "${text}" không có trong kế hoạch (dùng mã, tên hoặc tên viết tắt ở trên)`,
    en: `the unit "${text}" does not occur in the plan (use an id, name or abbreviation listed above)`,
  });
}

/** What `kehoach export` was asked for, once its usage is checked. */
interface ExportRequest {
  progress: boolean;
  asOf: string | undefined;
  format: string;
}

/** Checks the options that need no file: the report kind, the format, and no binary output to a terminal. */
function exportRequestOf(options: ExportOptions, io: CliIO): ExportRequest {
  if (options.report !== "plan" && options.report !== "progress") {
    throw usageError({
      vi: `--report phải là plan hoặc progress, không phải '${options.report}'`,
      en: `--report must be plan or progress, not '${options.report}'`,
    });
  }
  const progress = options.report === "progress";
  const asOf = progress ? asOfOf(options) : undefined;
  const format = formatOf(options);
  if (!options.output && BINARY_FORMATS.has(format) && io.stdout.isTTY) {
    throw usageError({
      vi: `không ghi tệp .${format} ra màn hình; dùng -o bao-cao.${format} hoặc chuyển hướng: > bao-cao.${format}`,
      en: `a .${format} file is not written to the terminal; use -o report.${format} or redirect: > report.${format}`,
    });
  }
  return { progress, asOf, format };
}

/** A large plan table to an .xlsx file through the streaming writer, with a progress bar. */
async function streamPlanXlsx(
  plan: Plan,
  output: string,
  unit: string | undefined,
  options: ExportOptions,
  io: CliIO,
) {
  const bar = createProgressBar(io, { total: plan.activities.length, label: "Xuất / Export" });
  const out = createWriteStream(output);
  await writeXlsxStream(
    planTableStreamTables(plan, { unit, unitNames: options.canonical ? "canonical" : "source" }),
    out,
    { onRow: (n) => bar.update(n) },
  );
  await finished(out);
  bar.stop();
}

/** The lines of the events file that are not JSON, one error each on stderr. */
function writeNotJson(events: EventLines | null, io: CliIO) {
  for (const line of events?.notJson ?? []) {
    io.stderr.write(
      `Lỗi: Dòng ${line}: [event.not-json] dòng không phải JSON hợp lệ | Line ${line}: the line is not valid JSON\n`,
    );
  }
}

/** The export's diagnostics on stderr, a rejected event with the line of the events file it came from. */
function writeExportDiagnostics(diagnostics: readonly Diagnostic[], events: EventLines | null, io: CliIO) {
  for (const d of diagnostics) {
    const path = d.location?.path ?? [];
    const index = d.code === "export.event-rejected" && typeof path[1] === "number" ? path[1] : null;
    const line = index === null ? undefined : events?.lines[index];
    const where = line !== undefined ? "" : path.length ? ` (${path.join(".")})` : "";
    const prefix = line !== undefined ? { vi: `Dòng ${line}: `, en: `Line ${line}: ` } : { vi: "", en: "" };
    io.stderr.write(
      `${d.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${prefix.vi}${d.vi}${where} | ${prefix.en}${d.en}\n`,
    );
  }
}

/** Runs `kehoach export`: reads the plan (and events), writes the report, sets the exit code. */
async function runExport(planPath: string, options: ExportOptions, { io, setExitCode }: CommandContext) {
  const { progress, asOf, format } = exportRequestOf(options, io);
  const plan = await readPlan(planPath);
  const events = progress && options.events ? await readEvents(options.events) : null;
  writeNotJson(events, io);
  const valid = PlanSchema.safeParse(plan);
  const unit = options.unit && valid.success ? unitIdOf(valid.data, options.unit, io) : options.unit;
  const large = valid.success && valid.data.activities.length >= STREAM_XLSX_FROM;
  if (!progress && format === "xlsx" && options.output && valid.success && large) {
    await streamPlanXlsx(valid.data, options.output, unit, options, io);
    return;
  }
  const result = await exportPlan(plan, {
    report: progress ? "progress" : "plan",
    format,
    unit,
    unitNames: options.canonical ? "canonical" : "source",
    asOf,
    events: events?.events,
    kehoach: await loadKehoachFor(plan, options.plugin),
  });
  writeExportDiagnostics(result.diagnostics, events, io);
  const rejected =
    (events?.notJson.length ?? 0) +
    result.diagnostics.filter((d) => d.code === "export.event-rejected").length;
  if (!result.ok) {
    const unknownFormat = result.diagnostics.some((d) => d.code === "export.unknown-format");
    setExitCode(unknownFormat ? exitCodes.usage : exitCodes.inputErrors);
    return;
  }
  if (options.output) await writeFile(options.output, result.data);
  else io.stdout.write(result.data);
  if (rejected > 0) setExitCode(exitCodes.inputErrors);
}

/**
 * `kehoach export PLAN.json [--events EVENTS.jsonl] [--as-of DATE] --report plan|progress
 * --format docx|xlsx|pdf|csv|md|html|ics [--unit ID] [-o FILE]`: writes the report to FILE, or
 * to stdout. The progress report replays the events (JSON Lines) through the core engine
 * and reports as of DATE (default today in Vietnam); rejected events go to stderr with their
 * line numbers and the report is still written (exit 1). Large plans go to .xlsx through the
 * streaming writer with a progress bar. Exit 1 when the plan or events had errors, 2 for bad usage.
 */
export const exportCommand: CommandModule = {
  name: "export",
  register(program, context) {
    program
      .command("export <plan>")
      .description(
        "Xuất báo cáo (biểu tổng hợp, báo cáo kết quả thực hiện) / Export a report (plan table, progress report)",
      )
      .option("--report <kind>", "plan (biểu tổng hợp) | progress (báo cáo tiến độ)", "plan")
      .option("--format <format>", `định dạng / format: ${FORMATS.join(" | ")}`)
      .option(
        "--unit <unit>",
        "chỉ hoạt động của đơn vị (mã, tên hoặc tên viết tắt) / only this unit's activities (id, name or abbreviation)",
      )
      .option("--canonical", "tên đơn vị chuẩn thay vì như văn bản / canonical unit names")
      .option(
        "--events <file>",
        "nhật ký sự kiện JSON Lines (báo cáo tiến độ) / event log for the progress report",
      )
      .option("--as-of <date>", "tính đến ngày YYYY-MM-DD / as of date")
      .option(
        "--plugin <id>",
        "plugin thêm vào các plugin kế hoạch ghi nhận / a plugin besides those the plan names",
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option("-o, --output <file>", "tệp đầu ra (mặc định: stdout) / output file (default: stdout)")
      .action((planPath: string, options: ExportOptions) => runExport(planPath, options, context));
  },
};
