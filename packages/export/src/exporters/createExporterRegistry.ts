import { z } from "zod";
import { ExportError } from "../ExportError";
import { exportZodDiagnostics } from "../exportDiagnosticCodes";
import { builtinExporters } from "./builtinExporters";
import type { ReportExporter } from "./ReportExporter";

const ExporterSchema = z.object({
  id: z.string().min(1),
  format: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case format name"),
  mediaType: z.string().min(3),
  extension: z.string().regex(/^[a-z0-9]+$/),
  label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  render: z.custom<ReportExporter["render"]>((v) => typeof v === "function", "a render function"),
});

/** Exporters by format. */
export interface ExporterRegistry {
  /** The exporter of a format, or undefined. */
  get(format: string): ReportExporter | undefined;
  /** Every format, built-in first. */
  formats(): string[];
}

/**
 * Makes a registry of the built-in exporters plus `extra` ones (from plugins).
 * Each extra exporter is validated; one whose format is already taken by a
 * different id is refused (an {@link ExportError}), the same one twice is kept once.
 */
export function createExporterRegistry(extra: readonly ReportExporter[] = []): ExporterRegistry {
  const byFormat = new Map<string, ReportExporter>();
  for (const exporter of [...builtinExporters, ...extra]) {
    const parsed = ExporterSchema.safeParse(exporter);
    if (!parsed.success) {
      const what = { vi: "Bộ xuất", en: "exporter" };
      const [first] = exportZodDiagnostics("export.invalid-exporter", what, parsed.error.issues, {
        limit: 1,
      });
      throw new ExportError(
        first ?? { code: "export.invalid-exporter", vi: "Bộ xuất không hợp lệ", en: "invalid exporter" },
      );
    }
    const existing = byFormat.get(exporter.format);
    if (existing && existing.id !== exporter.id) {
      throw new ExportError({
        code: "export.duplicate-format",
        vi: `Định dạng "${exporter.format}" đã có bộ xuất ${existing.id}`,
        en: `format "${exporter.format}" already has exporter ${existing.id}`,
      });
    }
    byFormat.set(exporter.format, exporter);
  }
  return Object.freeze({
    get: (format: string) => byFormat.get(format),
    formats: () => [...byFormat.keys()],
  });
}
