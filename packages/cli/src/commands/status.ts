import {
  createPlanEngine,
  PlanEngineError,
  type PlanStatus,
  queryPlanStatus,
  todayInVietnam,
} from "@kehoach/core";
import { CliError, usageError } from "../CliError";
import { writeJson } from "../CliIO";
import type { CommandModule } from "../CommandModule";
import { dateOption } from "../dateOption";
import { exitCodes } from "../exitCodes";
import { parseJsonFile, readTextFile } from "../readInputFile";
import { formatPlanStatus, formatRejectedLine, type RejectedEventLine } from "./statusFormat";

interface StatusOptions {
  events?: string;
  asOf?: string;
  json?: boolean;
  dueWithin?: string;
}

/** The result of `kehoach status --json`: the status and the rejected events. */
export interface StatusOutput extends PlanStatus {
  events: { accepted: number; duplicates: number; rejected: RejectedEventLine[] };
}

/**
 * Runs the status query: reads the plan and the JSON Lines event log, applies
 * each event (blank lines skipped), and returns the status with every
 * rejected event located by its line.
 */
export async function runStatus(planPath: string, options: StatusOptions): Promise<StatusOutput> {
  const asOf = options.asOf === undefined ? todayInVietnam() : dateOption("--as-of", options.asOf);
  const dueWithinDays = options.dueWithin === undefined ? 14 : Number(options.dueWithin);
  if (!Number.isInteger(dueWithinDays) || dueWithinDays < 0) {
    throw usageError({ vi: "--due-within cần một số ngày", en: "--due-within needs a number of days" });
  }
  const plan = parseJsonFile(await readTextFile(planPath, { vi: "tệp kế hoạch", en: "plan file" }), planPath);
  let engine: ReturnType<typeof createPlanEngine>;
  try {
    engine = createPlanEngine(plan);
  } catch (error) {
    if (error instanceof PlanEngineError) {
      const first = error.diagnostics[0];
      const where = first?.location?.path?.join(".") ?? "";
      throw new CliError({
        vi: `${planPath} không phải kế hoạch hợp lệ (${error.diagnostics.length} lỗi; ${where}: ${first?.vi ?? ""})`,
        en: `${planPath} is not a valid plan (${error.diagnostics.length} errors; ${where}: ${first?.en ?? ""})`,
      });
    }
    throw error;
  }
  const rejected: RejectedEventLine[] = [];
  let accepted = 0;
  let duplicates = 0;
  if (options.events !== undefined) {
    const text = await readTextFile(options.events, { vi: "tệp sự kiện", en: "events file" });
    const lines = text.split(/\r?\n/u);
    lines.forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(raw) as unknown;
      } catch {
        rejected.push({
          line,
          id: null,
          code: "event.not-json",
          vi: "dòng không phải JSON hợp lệ",
          en: "the line is not valid JSON",
        });
        return;
      }
      const r = engine.apply(value);
      if (!r.ok)
        rejected.push({ line, id: r.error.eventId, code: r.error.code, vi: r.error.vi, en: r.error.en });
      else if (r.duplicate) duplicates++;
      else accepted++;
    });
  }
  const status = queryPlanStatus(engine.plan, engine.stateAt(asOf), { asOf, dueWithinDays });
  return { ...status, events: { accepted, duplicates, rejected } };
}

/** `kehoach status PLAN.json [--events EVENTS.jsonl] [--as-of YYYY-MM-DD] [--json]`. */
export const statusCommand: CommandModule = {
  name: "status",
  register(program, { io, setExitCode }) {
    program
      .command("status")
      .description(
        "Tình hình thực hiện: trạng thái, quá hạn, phân loại, tổng hợp / Plan status: states, overdue, classes, rollups",
      )
      .argument("<plan>", "tệp kế hoạch JSON / plan JSON file")
      .option("--events <file>", "nhật ký sự kiện JSON Lines / event log (JSON Lines)")
      .option("--as-of <date>", "tính đến ngày YYYY-MM-DD (mặc định hôm nay) / as of date (default today)")
      .option(
        "--due-within <days>",
        "cửa sổ “đến hạn trong N ngày” (mặc định 14) / due-within window (default 14)",
      )
      .option("--json", "xuất JSON / machine-readable JSON output")
      .action(async (planPath: string, options: StatusOptions) => {
        const out = await runStatus(planPath, options);
        if (options.json) writeJson(io, out);
        else {
          io.stdout.write(formatPlanStatus(out));
          for (const r of out.events.rejected) io.stderr.write(`${formatRejectedLine(r)}\n`);
        }
        if (out.events.rejected.length > 0) setExitCode(exitCodes.inputErrors);
      });
  },
};
