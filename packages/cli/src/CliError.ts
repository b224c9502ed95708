import type { BilingualMessage } from "@kehoach/core";
import { type ExitCode, exitCodes } from "./exitCodes";

/** A message in Vietnamese with its English equivalent: `BilingualMessage` of `@kehoach/core`, re-exported. */
export type { BilingualMessage } from "@kehoach/core";

/** Formats a bilingual message as the one line the CLI prints: Vietnamese first, English beside it. */
export function formatBilingual(message: BilingualMessage): string {
  return `Lỗi: ${message.vi} | Error: ${message.en}`;
}

/**
 * An error a command raises on purpose: its message is shown as one clear
 * bilingual line (never a stack trace) and the process exits with `exitCode`.
 */
export class CliError extends Error {
  readonly vi: string;
  readonly en: string;
  readonly exitCode: ExitCode;

  constructor(message: BilingualMessage, exitCode: ExitCode = exitCodes.inputErrors) {
    super(message.en);
    this.name = "CliError";
    this.vi = message.vi;
    this.en = message.en;
    this.exitCode = exitCode;
  }
}

/** A usage error (exit 2). */
export function usageError(message: BilingualMessage): CliError {
  return new CliError(message, exitCodes.usage);
}
