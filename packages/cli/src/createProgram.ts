import { Command } from "commander";
import type { CommandContext, CommandModule } from "./CommandModule";
import { commandModules } from "./commands/index";
import { version } from "./version";

/**
 * Builds the `kehoach` program with every registered subcommand. Commander
 * never exits the process itself: errors surface to {@link runCli}.
 */
export function createProgram(
  context: CommandContext,
  modules: readonly CommandModule[] = commandModules,
): Command {
  const program = new Command("kehoach")
    .description(
      "kehoach — kế hoạch: chạy kế hoạch của UBND như dữ liệu / run Vietnamese public-sector plans as data",
    )
    .version(version, "-V, --version", "in phiên bản / print the version")
    .helpOption("-h, --help", "hiện trợ giúp / show help")
    .helpCommand("help [command]", "trợ giúp cho một lệnh / help for a command")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout.write(text),
      // Commander's own error text is replaced by one bilingual line in runCli.
      writeErr: () => {},
      outputError: () => {},
    });
  program.addHelpText(
    "after",
    "\nMã thoát / Exit codes: 0 thành công / success, 1 đầu vào có lỗi / input had errors, 2 sai cú pháp / bad usage",
  );
  for (const module of modules) module.register(program, context);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}
