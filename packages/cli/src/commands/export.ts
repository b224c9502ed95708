import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { finished } from "node:stream/promises";
import { PlanSchema } from "@kehoach/core";
import { exportPlan, planTableStreamTables, writeXlsxStream } from "@kehoach/export";
import { CliError, usageError } from "../CliError";
import type { CommandModule } from "../CommandModule";
import { createProgressBar } from "../createProgressBar";
import { exitCodes } from "../exitCodes";

/** Options of `kehoach export`. */
export interface ExportOptions {
  report: string;
  format?: string;
  unit?: string;
  output?: string;
  events?: string;
  asOf?: string;
  canonical?: boolean;
}

const FORMATS = ["docx", "xlsx", "pdf", "csv", "md", "html", "ics"];
/** Plans at least this large go through the streaming .xlsx writer (flat memory, progress bar). */
const STREAM_XLSX_FROM = 5_000;

async function readPlan(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `không đọc được kế hoạch ${path}: ${reason}`,
      en: `cannot read plan ${path}: ${reason}`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `${path} không phải JSON hợp lệ: ${reason}`,
      en: `${path} is not valid JSON: ${reason}`,
    });
  }
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

/**
 * `kehoach export PLAN.json --report plan --format docx|xlsx|pdf|csv|md|html|ics [--unit ID] [-o FILE]`:
 * writes the report to FILE, or to stdout. Large plans go to .xlsx through the
 * streaming writer with a progress bar. Diagnostics go to stderr; exit 1 when
 * the plan had errors, 2 for bad usage.
 */
export const exportCommand: CommandModule = {
  name: "export",
  register(program, { io, setExitCode }) {
    program
      .command("export <plan>")
      .description("Xuất báo cáo (biểu tổng hợp) / Export a report (the plan table)")
      .option("--report <kind>", "plan (biểu tổng hợp) | progress (báo cáo tiến độ)", "plan")
      .option("--format <format>", `định dạng / format: ${FORMATS.join(" | ")}`)
      .option("--unit <id>", "chỉ hoạt động của đơn vị / only this unit's activities")
      .option("--canonical", "tên đơn vị chuẩn thay vì như văn bản / canonical unit names")
      .option(
        "--events <file>",
        "nhật ký sự kiện JSON Lines (báo cáo tiến độ) / event log for the progress report",
      )
      .option("--as-of <date>", "tính đến ngày YYYY-MM-DD / as of date")
      .option("-o, --output <file>", "tệp đầu ra (mặc định: stdout) / output file (default: stdout)")
      .action(async (planPath: string, options: ExportOptions) => {
        if (options.report !== "plan" && options.report !== "progress") {
          throw usageError({
            vi: `--report phải là plan hoặc progress, không phải '${options.report}'`,
            en: `--report must be plan or progress, not '${options.report}'`,
          });
        }
        if (options.report === "progress") {
          throw usageError({
            vi: "báo cáo tiến độ (--report progress) chưa có trong phiên bản này",
            en: "the progress report (--report progress) is not in this version yet",
          });
        }
        const format = formatOf(options);
        const plan = await readPlan(planPath);

        const valid = PlanSchema.safeParse(plan);
        if (
          format === "xlsx" &&
          options.output &&
          valid.success &&
          valid.data.activities.length >= STREAM_XLSX_FROM
        ) {
          const total = valid.data.activities.length;
          const bar = createProgressBar(io, { total, label: "Xuất / Export" });
          const out = createWriteStream(options.output);
          await writeXlsxStream(
            planTableStreamTables(valid.data, {
              unit: options.unit,
              unitNames: options.canonical ? "canonical" : "source",
            }),
            out,
            { onRow: (n) => bar.update(n) },
          );
          await finished(out);
          bar.stop();
          return;
        }

        const result = await exportPlan(plan, {
          report: "plan",
          format,
          unit: options.unit,
          unitNames: options.canonical ? "canonical" : "source",
        });
        for (const d of result.diagnostics) {
          const where = d.location?.path?.length ? ` (${d.location.path.join(".")})` : "";
          io.stderr.write(`${d.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${d.vi}${where} | ${d.en}\n`);
        }
        if (!result.ok) {
          const unknownFormat = result.diagnostics.some((d) => d.code === "export.unknown-format");
          setExitCode(unknownFormat ? exitCodes.usage : exitCodes.inputErrors);
          return;
        }
        if (options.output) await writeFile(options.output, result.data);
        else io.stdout.write(result.data);
      });
  },
};
