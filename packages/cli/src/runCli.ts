import { CommanderError } from "commander";
import { type BilingualMessage, CliError, formatBilingual } from "./CliError";
import { type CliIO, processIO } from "./CliIO";
import type { CommandModule } from "./CommandModule";
import { commandModules } from "./commands/index";
import { createProgram } from "./createProgram";
import { exitCodes } from "./exitCodes";

/** Vietnamese wording for Commander's usage errors, keyed by Commander's error code. */
function usageMessage(error: CommanderError): BilingualMessage {
  const en = error.message.replace(/^error:\s*/i, "");
  const quoted = /'([^']*)'/.exec(en)?.[1] ?? "";
  switch (error.code) {
    case "commander.unknownOption":
      return { vi: `tùy chọn không hợp lệ '${quoted}'`, en };
    case "commander.unknownCommand":
      return { vi: `lệnh không tồn tại '${quoted}'`, en };
    case "commander.missingArgument":
      return { vi: `thiếu tham số '${quoted}'`, en };
    case "commander.optionMissingArgument":
      return { vi: `tùy chọn '${quoted}' cần một giá trị`, en };
    case "commander.missingMandatoryOptionValue":
      return { vi: `thiếu tùy chọn bắt buộc '${quoted}'`, en };
    case "commander.excessArguments":
      return { vi: "thừa tham số", en };
    case "commander.invalidArgument":
      return { vi: `giá trị không hợp lệ: ${en}`, en };
    default:
      return { vi: "sai cú pháp lệnh", en };
  }
}

/**
 * Runs `kehoach` with the given arguments (without `node` and the script) and
 * resolves to the exit code. Never exits the process and never throws: usage
 * errors give 2, reported input errors 1, each as one bilingual line on stderr.
 */
export async function runCli(
  args: readonly string[],
  io: CliIO = processIO(),
  modules: readonly CommandModule[] = commandModules,
): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const context = {
    io,
    setExitCode(code: number) {
      exitCode = Math.max(exitCode, code);
    },
  };
  const program = createProgram(context, modules);
  try {
    await program.parseAsync([...args], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.help" ||
        error.code === "commander.version"
      ) {
        return exitCodes.ok;
      }
      io.stderr.write(`${formatBilingual(usageMessage(error))}\n`);
      io.stderr.write("Xem / See: kehoach --help\n");
      return exitCodes.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`${formatBilingual(error)}\n`);
      return Math.max(exitCode, error.exitCode);
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `${formatBilingual({ vi: `lỗi không mong đợi: ${message}`, en: `unexpected error: ${message}` })}\n`,
    );
    return exitCodes.inputErrors;
  }
}
