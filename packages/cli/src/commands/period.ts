import { type ParsePeriodOptions, type PeriodResult, parsePeriod } from "@kehoach/period";
import { usageError } from "../CliError";
import { type CliIO, readAllStdin, writeJsonLine } from "../CliIO";
import type { CommandModule } from "../CommandModule";
import { dateOption } from "../dateOption";
import { exitCodes } from "../exitCodes";
import { summarisePeriod } from "./periodSummary";

interface PeriodCommandOptions {
  year?: string;
  referenceDate?: string;
  documentDate?: string;
  anniversary?: string;
  json?: boolean;
}

function parseOptions(options: PeriodCommandOptions): ParsePeriodOptions {
  const out: ParsePeriodOptions = {};
  if (options.year !== undefined) {
    const year = Number(options.year);
    if (!/^\d{4}$/.test(options.year) || year < 1800 || year > 2199) {
      throw usageError({
        vi: `--year cần một năm 1800–2199, không phải "${options.year}"`,
        en: `--year needs a year 1800–2199, not "${options.year}"`,
      });
    }
    out.year = year;
  }
  for (const [key, flag] of [
    ["referenceDate", "--reference-date"],
    ["documentDate", "--document-date"],
    ["anniversary", "--anniversary"],
  ] as const) {
    const value = options[key];
    if (value === undefined) continue;
    out[key] = dateOption(flag, value);
  }
  return out;
}

/** Whether a phrase could not be read (blank lines never count). */
function failed(result: PeriodResult): boolean {
  if (result.text.trim() === "") return false;
  return result.kind === "unknown" || result.diagnostics.some((d) => d.severity === "error");
}

function writeResult(io: CliIO, result: PeriodResult, json: boolean): void {
  if (json) {
    writeJsonLine(io, result);
    return;
  }
  io.stdout.write(`${summarisePeriod(result)}\n`);
  if (result.text.trim() === "") return;
  for (const d of result.diagnostics) {
    if (d.severity === "info") continue;
    const label = d.severity === "error" ? "Lỗi | Error" : "Cảnh báo | Warning";
    io.stderr.write(`${label}: ${d.vi} | ${d.en}\n`);
  }
}

/** Splits stdin into phrases: one per line, blank lines kept, no phantom line after a final newline. */
export function splitPhrases(input: string): string[] {
  if (input === "") return [];
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * `kehoach period [TEXT] [--year YYYY] [--json]`: reads a Vietnamese time expression.
 * Without TEXT, reads one phrase per line from stdin and writes one result per line, in order.
 * Exit 1 when a non-blank phrase could not be read.
 */
export const periodCommand: CommandModule = {
  name: "period",
  register(program, { io, setExitCode }) {
    program
      .command("period")
      .description("Đọc cụm từ thời gian tiếng Việt / Read a Vietnamese time expression")
      .argument(
        "[text]",
        "cụm từ; không có thì đọc từng dòng từ stdin / the phrase; without it, one per stdin line",
      )
      .option("--year <YYYY>", "năm khi cụm từ không ghi năm / year for phrases that give none")
      .option(
        "--reference-date <YYYY-MM-DD>",
        "ngày tham chiếu / reference date (its year fills a missing year)",
      )
      .option(
        "--document-date <YYYY-MM-DD>",
        'ngày ban hành văn bản, cho "N ngày kể từ ngày ban hành" / the document\'s issue date',
      )
      .option("--anniversary <YYYY-MM-DD>", 'ngày kỷ niệm cho "dịp kỷ niệm …" / the anniversary date')
      .option("--json", "xuất JSON Lines / machine-readable JSON Lines output")
      .addHelpText(
        "after",
        '\nVí dụ / Examples:\n  kehoach period "Quý III-IV/2024"\n  kehoach period --year 2024 --json < cells.txt',
      )
      .action(async (text: string | undefined, options: PeriodCommandOptions) => {
        const parseOptions_ = parseOptions(options);
        const phrases = text === undefined ? splitPhrases(await readAllStdin(io)) : [text];
        let anyFailed = false;
        for (const phrase of phrases) {
          const result = parsePeriod(phrase, parseOptions_);
          anyFailed ||= failed(result);
          writeResult(io, result, options.json === true);
        }
        if (anyFailed) setExitCode(exitCodes.inputErrors);
      });
  },
};
