/** Exit codes every `kehoach` command keeps (a stable contract for scripts). */
export const exitCodes = {
  /** Success. */
  ok: 0,
  /** The input had errors; they were reported. */
  inputErrors: 1,
  /** Bad usage: unknown command or option, missing argument. */
  usage: 2,
} as const;

/** One of the exit codes in {@link exitCodes}. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
