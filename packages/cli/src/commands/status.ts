import { type PlanStatus, queryPlanStatus, type RuntimeRecord, todayInVietnam } from "@kehoach/core";
import { type BilingualMessage, usageError } from "../CliError";
import { writeJson } from "../CliIO";
import type { CommandModule } from "../CommandModule";
import { dateOption } from "../dateOption";
import { exitCodes } from "../exitCodes";
import { createCliRuntime, loadKehoachFor } from "../plugins/index";
import { parseJsonFile, readTextFile } from "../readInputFile";
import { formatPlanStatus, formatRejectedLine, type RejectedEventLine } from "./statusFormat";

interface StatusOptions {
  events?: string;
  asOf?: string;
  json?: boolean;
  dueWithin?: string;
  plugin?: string[];
}

/** The result of `kehoach status --json`: the status and the rejected events. */
export interface StatusOutput extends PlanStatus {
  events: { accepted: number; duplicates: number; rejected: RejectedEventLine[] };
}

/** The events of a JSON Lines file, each with its line as its position; lines that are not JSON apart. */
export function readEventLines(text: string): { records: RuntimeRecord[]; notJson: number[] } {
  const records: RuntimeRecord[] = [];
  const notJson: number[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      records.push({ position: i + 1, event: JSON.parse(raw) as unknown });
    } catch {
      notJson.push(i + 1);
    }
  });
  return { records, notJson };
}

/**
 * Runs the status query: reads the plan and the JSON Lines event log, runs
 * them through core's plan runtime with the plan's plugins (those it names,
 * installed, and any `--plugin`), and returns the status with every rejected
 * event located by its line. Also returns the state labels of the plan's lifecycle.
 */
export async function runStatus(
  planPath: string,
  options: StatusOptions,
): Promise<StatusOutput & { label: (status: string) => BilingualMessage }> {
  const asOf = options.asOf === undefined ? todayInVietnam() : dateOption("--as-of", options.asOf);
  const dueWithinDays = options.dueWithin === undefined ? 14 : Number(options.dueWithin);
  if (!Number.isInteger(dueWithinDays) || dueWithinDays < 0) {
    throw usageError({ vi: "--due-within cần một số ngày", en: "--due-within needs a number of days" });
  }
  const plan = parseJsonFile(await readTextFile(planPath, { vi: "tệp kế hoạch", en: "plan file" }), planPath);
  const runtime = createCliRuntime(planPath, plan, await loadKehoachFor(plan, options.plugin));
  const rejected: RejectedEventLine[] = [];
  let accepted = 0;
  let duplicates = 0;
  if (options.events !== undefined) {
    const lines = readEventLines(
      await readTextFile(options.events, { vi: "tệp sự kiện", en: "events file" }),
    );
    for (const line of lines.notJson) {
      const message = { vi: "dòng không phải JSON hợp lệ", en: "the line is not valid JSON" };
      rejected.push({ line, id: null, code: "event.not-json", ...message });
    }
    for (const record of lines.records) {
      const r = runtime.add(record);
      if (!r.ok) {
        const { eventId: id, code, vi, en } = r.error;
        rejected.push({ line: record.position, id, code, vi, en });
      } else if (r.duplicate) duplicates++;
      else accepted++;
    }
    rejected.sort((a, b) => a.line - b.line);
  }
  const status = queryPlanStatus(runtime.plan, runtime.stateAt(asOf), { asOf, dueWithinDays });
  return { ...status, events: { accepted, duplicates, rejected }, label: runtime.lifecycle.label };
}

/** `kehoach status PLAN.json [--events EVENTS.jsonl] [--as-of YYYY-MM-DD] [--plugin ID] [--json]`. */
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
      .option(
        "--plugin <id>",
        "plugin thêm vào các plugin kế hoạch ghi nhận / a plugin besides those the plan names",
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option("--json", "xuất JSON / machine-readable JSON output")
      .action(async (planPath: string, options: StatusOptions) => {
        const { label, ...out } = await runStatus(planPath, options);
        if (options.json) writeJson(io, out);
        else {
          io.stdout.write(formatPlanStatus(out, label));
          for (const r of out.events.rejected) io.stderr.write(`${formatRejectedLine(r)}\n`);
        }
        if (out.events.rejected.length > 0) setExitCode(exitCodes.inputErrors);
      });
  },
};
