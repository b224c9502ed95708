import type { PeriodDiagnostic } from "../PeriodResult";
import type { BilingualMessage } from "./BilingualMessage";

/**
 * Thrown by the functions that return a plain value (`formatPeriod`, `toLunar`, `fromLunar`, `tet`)
 * when a developer passes a value of the wrong shape — never for user text: `parsePeriod` and
 * `findPeriods` answer bad text and bad options with diagnostics instead. A `RangeError`, so
 * `catch (e) { if (e instanceof RangeError) … }` keeps working. `message` is English; `vi` has the
 * Vietnamese; `diagnostics` lists every zod issue, its message from zod's `vi` and `en` locales and
 * its `path` in the argument.
 *
 * @example
 * ```ts
 * import { PeriodError, tet } from "@kehoach/period";
 *
 * let caught: unknown;
 * try {
 *   tet(1700);
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof PeriodError && caught.diagnostics[0];
 * // { code: "invalid-input", vi: "Năm không hợp lệ: Quá nhỏ: mong đợi number >=1800", en: "invalid year: Too small: expected number to be >=1800", path: [] }
 * ```
 */
export class PeriodError extends RangeError {
  override readonly name = "PeriodError";
  /** The Vietnamese message. */
  readonly vi: string;
  /** Every problem found, each with its code, bilingual message and `path`. */
  readonly diagnostics: readonly PeriodDiagnostic[];

  constructor(diagnostics: readonly PeriodDiagnostic[], summary: BilingualMessage) {
    const lines = (lang: "vi" | "en") => diagnostics.map((d) => `- [${d.code}] ${d[lang]}`).join("\n");
    super(`${summary.en}:\n${lines("en")}`);
    this.vi = `${summary.vi}:\n${lines("vi")}`;
    this.diagnostics = diagnostics;
  }
}
