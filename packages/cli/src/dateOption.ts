import { IsoDateSchema } from "@kehoach/period";
import { CliError, usageError } from "./CliError";

/**
 * Reads a date option (`--as-of`, `--reference-date`, `--anniversary`): it must be written
 * `YYYY-MM-DD` (otherwise a usage error, exit 2) and be a day of the calendar: `2024-02-30`
 * or `2024-13-45` are refused with exit 1, naming the option and the value.
 */
export function dateOption(flag: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    throw usageError({
      vi: `${flag} cần dạng YYYY-MM-DD, không phải "${value}"`,
      en: `${flag} needs YYYY-MM-DD, not "${value}"`,
    });
  }
  if (!IsoDateSchema.safeParse(value).success) {
    throw new CliError({
      vi: `${flag}: "${value}" không phải một ngày có trên lịch`,
      en: `${flag}: "${value}" is not a day of the calendar`,
    });
  }
  return value;
}
