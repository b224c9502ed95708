import type { z } from "zod";
import { ExportError } from "../ExportError";
import { exportZodDiagnostics } from "../exportDiagnosticCodes";

/**
 * Parses a renderer's input (a report or options built by code, not user
 * text) and throws an {@link ExportError} naming the first bad path.
 */
export function assertValid<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const name = { vi: what === "report" ? "Báo cáo" : "Tùy chọn", en: what };
  const [first] = exportZodDiagnostics("export.invalid-input", name, parsed.error.issues, { limit: 1 });
  throw new ExportError(
    first ?? { code: "export.invalid-input", vi: `${name.vi} không hợp lệ`, en: `invalid ${what}` },
  );
}
