import type { Command } from "commander";
import type { CliIO } from "./CliIO";

/** What a subcommand module gets when it registers itself. */
export interface CommandContext {
  io: CliIO;
  /** Sets the process exit code the run ends with (the highest one set wins). */
  setExitCode(code: number): void;
}

/**
 * One `kehoach` subcommand. Each package that brings a command (period,
 * import, status, export, db, plugin) adds one module to `commands/index.ts`.
 */
export interface CommandModule {
  /** Subcommand name, e.g. "period". */
  name: string;
  /** Adds the subcommand to the program. */
  register(program: Command, context: CommandContext): void;
}
