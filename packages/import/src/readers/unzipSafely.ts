import type { Diagnostic, SourceLocation } from "@kehoach/core";
import { unzipSync } from "fflate";
import { z } from "zod";
import { diagnostic } from "../diagnostics";

/** Limits that protect the reader from zip bombs. */
export const ZipLimitsSchema = z
  .object({
    /** Most entries the archive may list (default 5,000). */
    maxEntries: z.number().int().positive().default(5000),
    /** Most uncompressed bytes of the entries read (default 200 MiB). */
    maxUncompressedBytes: z
      .number()
      .int()
      .positive()
      .default(200 * 1024 * 1024),
    /** Highest compression ratio allowed for an entry over 1 MiB (default 200). */
    maxRatio: z.number().positive().default(200),
  })
  .strict();
/** Limits that protect the reader from zip bombs. */
export type ZipLimits = z.input<typeof ZipLimitsSchema>;

/** Entries read from an archive, or diagnostics explaining why it was refused. */
export interface UnzipResult {
  files: Record<string, Uint8Array>;
  diagnostics: Diagnostic[];
}

/**
 * Reads the wanted entries of a zip archive (a .docx or .xlsx) after checking
 * the entry count, the declared uncompressed sizes and the compression
 * ratios; a zip bomb is refused with an error diagnostic, never inflated.
 */
export function unzipSafely(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = {},
  location: SourceLocation | null = null,
): UnzipResult {
  const { maxEntries, maxUncompressedBytes, maxRatio } = ZipLimitsSchema.parse(limits);
  let entries = 0;
  let total = 0;
  let refusal: Diagnostic | null = null;
  const refuse = (vi: string, en: string) => {
    refusal ??= diagnostic("import.zip-limit", "error", { vi, en }, location);
  };
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        entries++;
        if (entries > maxEntries) {
          refuse(`Tệp nén có hơn ${maxEntries} mục`, `The archive has more than ${maxEntries} entries`);
          return false;
        }
        if (refusal !== null) return false;
        total += file.originalSize;
        if (total > maxUncompressedBytes) {
          refuse(
            `Dữ liệu giải nén vượt quá ${Math.round(maxUncompressedBytes / 1048576)} MiB (nghi là "bom nén")`,
            `Uncompressed data exceeds ${Math.round(maxUncompressedBytes / 1048576)} MiB (a likely zip bomb)`,
          );
          return false;
        }
        if (file.originalSize > 1048576 && file.originalSize / Math.max(1, file.size) > maxRatio) {
          refuse(
            `Mục "${file.name}" có tỉ lệ nén bất thường (nghi là "bom nén")`,
            `Entry "${file.name}" has an abnormal compression ratio (a likely zip bomb)`,
          );
          return false;
        }
        return wanted(file.name);
      },
    });
    if (refusal !== null) return { files: {}, diagnostics: [refusal] };
    return { files, diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      files: {},
      diagnostics: [
        refusal ??
          diagnostic(
            "import.zip-invalid",
            "error",
            {
              vi: `Tệp không phải tệp nén hợp lệ hoặc bị cắt cụt (${reason})`,
              en: `The file is not a valid zip archive or is truncated (${reason})`,
            },
            location,
          ),
      ],
    };
  }
}
