import {
  createPlanRuntime,
  type Kehoach,
  PlanEngineError,
  type PlanRuntime,
  type RuntimeRecord,
} from "@kehoach/core";
import { CliError } from "../CliError";

/**
 * Core's plan runtime for a command: the plan read from `planPath`, its
 * plugins from `kehoach`, the events with their line numbers as positions.
 * @throws {CliError} (exit 1) when the plan is invalid or names a plugin that
 *   is not installed (the message names the package to install).
 */
export function createCliRuntime<R extends RuntimeRecord>(
  planPath: string,
  plan: unknown,
  kehoach: Kehoach,
  events: Iterable<R> = [],
): PlanRuntime<R> {
  try {
    return createPlanRuntime({ plan, kehoach, events });
  } catch (error) {
    throw planErrorToCliError(planPath, error);
  }
}

/**
 * A plan runtime's error as the CLI shows it: a plan naming a plugin that is
 * not installed names the package to install; an invalid plan says where.
 * Anything but a `PlanEngineError` is returned as it is.
 */
export function planErrorToCliError(planPath: string, error: unknown): unknown {
  if (!(error instanceof PlanEngineError)) return error;
  const missing = error.diagnostics.filter((d) => d.code.startsWith("plugin."));
  if (missing.length > 0) {
    return new CliError({
      vi: missing.map((d) => d.vi).join("; "),
      en: missing.map((d) => d.en).join("; "),
    });
  }
  const first = error.diagnostics[0];
  const where = first?.location?.path?.join(".") ?? "";
  return new CliError({
    vi: `${planPath} không phải kế hoạch hợp lệ (${error.diagnostics.length} lỗi; ${where}: ${first?.vi ?? ""})`,
    en: `${planPath} is not a valid plan (${error.diagnostics.length} errors; ${where}: ${first?.en ?? ""})`,
  });
}
