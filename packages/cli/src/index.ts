export { type BilingualMessage, CliError, formatBilingual, usageError } from "./CliError";
export { type CliIO, processIO, readAllStdin, writeJson, writeJsonLine } from "./CliIO";
export type { CommandContext, CommandModule } from "./CommandModule";
export { commandModules } from "./commands/index";
export { createProgram } from "./createProgram";
export { createProgressBar, type ProgressBar, type ProgressBarOptions } from "./createProgressBar";
export { type ExitCode, exitCodes } from "./exitCodes";
export { runCli } from "./runCli";
export { version } from "./version";
