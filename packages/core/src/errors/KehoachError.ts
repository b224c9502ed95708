import type { Diagnostic } from "../model/Diagnostic";

/**
 * Thrown for developer mistakes in configuration (an invalid plugin, two plugins
 * claiming the same unit) — never for user text, which gets diagnostics instead.
 * `message` is English; `vi` has the Vietnamese; `diagnostics` lists every problem.
 */
export class KehoachError extends Error {
  override readonly name = "KehoachError";
  /** The Vietnamese message. */
  readonly vi: string;
  /** Every problem found, each with its own code and bilingual message. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[], summary?: { vi: string; en: string }) {
    const lines = (lang: "vi" | "en") => diagnostics.map((d) => `- [${d.code}] ${d[lang]}`).join("\n");
    const en = summary?.en ?? `${diagnostics.length} problem(s)`;
    const vi = summary?.vi ?? `${diagnostics.length} lỗi`;
    super(`${en}:\n${lines("en")}`);
    this.vi = `${vi}:\n${lines("vi")}`;
    this.diagnostics = diagnostics;
  }
}
