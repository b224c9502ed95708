import type { Diagnostic, Plan, UnitRegistry } from "@kehoach/core";
import { createUnitRegistry, KehoachError } from "@kehoach/core";
import { z } from "zod";
import { detectFormat } from "./detectFormat";
import { diagnostic, importZodDiagnostics } from "./diagnostics";
import type { DocumentMetadata } from "./document/readDocumentMetadata";
import { decodeBytes } from "./encoding/decodeBytes";
import type { LedgerEntry } from "./LedgerEntry";
import { buildPlan, type ImportProgress } from "./plan/buildPlan";
import { defaultImportTools, type ImportTools } from "./plan/ImportTools";
import { memoizeImportTools } from "./plan/memoizeImportTools";
import type { PluginData } from "./plan/PluginData";
import { type PdfOcr, ReadPdfOptionsSchema, readPdf } from "./readers/pdf/readPdf";
import { readCsv } from "./readers/readCsv";
import { readDocx } from "./readers/readDocx";
import { readMarkdown } from "./readers/readMarkdown";
import { decodedTextOf, readText } from "./readers/readText";
import { readXlsx } from "./readers/readXlsx";
import { ZipLimitsSchema } from "./readers/unzipSafely";
import type { SourceDocument } from "./SourceDocument";
import { assembleTables } from "./table/assembleTables";

/** The document to import. */
export const ImportInputSchema = z.object({
  // Any Uint8Array (a Node Buffer too), whatever its backing buffer.
  data: z.union([
    z.string(),
    z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
      message: "expected a string or a Uint8Array",
      params: { vi: "cần một chuỗi hoặc Uint8Array" },
    }),
  ]),
  fileName: z.string().optional(),
  format: z.enum(["text", "markdown", "docx", "xlsx", "csv", "pdf"]).optional(),
});
/** The document to import. */
export type ImportInput = z.infer<typeof ImportInputSchema>;

const PluginDataSchema = z.custom<PluginData>(
  (value) => typeof value === "object" && value !== null && typeof (value as PluginData).id === "string",
  { message: "a plugin must be an object with an id (from definePlugin)" },
);

/** Options of {@link importPlan}. */
export const ImportOptionsSchema = z
  .object({
    /** Plugins (from `definePlugin`) whose units, wards and anniversary the plan uses. */
    plugins: z.array(PluginDataSchema).optional(),
    /** The plan year (fills time cells without one); else from the document. */
    year: z.number().int().min(1900).max(2200).optional(),
    /** A ready unit registry (`createUnitRegistry`); else built from the plugins. */
    registry: z.custom<UnitRegistry>((value) => typeof value === "object" && value !== null).optional(),
    /** Replacement resolvers (see `ImportTools`). */
    tools: z.custom<Partial<ImportTools>>((value) => typeof value === "object" && value !== null).optional(),
    /** Largest input accepted, in bytes (default 32 MiB). */
    maxBytes: z.number().int().positive().optional(),
    /** Zip-bomb limits for .docx and .xlsx. */
    limits: ZipLimitsSchema.partial().optional(),
    /** PDF: the largest number of pages read (default 500). */
    maxPages: z.number().int().positive().optional(),
    /** PDF: OCR for pages without a text layer (`tesseractOcr()` from `@kehoach/import/ocr`). */
    ocr: ReadPdfOptionsSchema.shape.ocr,
    /** Called as the import goes: after reading (PDF: after each page, with pages done and total), after assembling, every 256 rows while resolving, before validating. */
    onProgress: z
      .custom<(progress: ImportProgress) => void>((value) => typeof value === "function", {
        message: "onProgress must be a function",
      })
      .optional(),
  })
  .strict();
/** Options of {@link importPlan}. */
export type ImportOptions = z.input<typeof ImportOptionsSchema>;

/** What {@link importPlan} returns. */
export interface ImportResult {
  /** The validated plan, or null when the input had no usable table. */
  plan: Plan | null;
  /** Every diagnostic, in Vietnamese and English, located in the source. */
  diagnostics: Diagnostic[];
  /** One entry per non-blank source line/row. */
  ledger: LedgerEntry[];
  /**
   * What a whole document's frame says — issuer, number, place and date,
   * title, signer — or null when the input could not be read.
   */
  document: DocumentMetadata | null;
}

/** The default largest input: 32 MiB. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Reads a document of any supported format into the shared row model. */
export async function readDocument(
  input: ImportInput,
  options: Pick<ImportOptions, "limits" | "maxPages" | "ocr" | "onProgress"> = {},
): Promise<SourceDocument> {
  const format = input.format ?? detectFormat(input.data, input.fileName);
  const fileName = input.fileName;
  const bytes = typeof input.data === "string" ? new TextEncoder().encode(input.data) : input.data;
  switch (format) {
    case "docx":
      return readDocx(bytes, { fileName, limits: options.limits });
    case "xlsx":
      return readXlsx(bytes, { fileName, limits: options.limits });
    case "csv":
      return readCsv(input.data, { fileName });
    case "markdown":
      return readMarkdown(input.data, { fileName });
    case "pdf": {
      const { onProgress, maxPages, ocr } = options;
      return readPdf(bytes, {
        fileName,
        maxPages,
        ocr: ocr as PdfOcr | undefined,
        onPage: onProgress && ((done, total) => onProgress({ phase: "read", done, total })),
      });
    }
    default:
      return readText(input.data, { fileName });
  }
}

/** A failed import: no plan, no ledger, the diagnostics that say why. */
function failed(diagnostics: Diagnostic[]): ImportResult {
  return { plan: null, ledger: [], document: null, diagnostics };
}

/** The input or options did not pass their schemas: one located error per issue. */
function invalidArguments(issues: Parameters<typeof importZodDiagnostics>[2]): ImportResult {
  return failed(importZodDiagnostics("import.input-invalid", { vi: "Tham số", en: "argument" }, issues));
}

function tooLarge(size: number, maxBytes: number, fileName: string | undefined): ImportResult {
  return failed([
    diagnostic(
      "import.too-large",
      "error",
      {
        vi: `Tệp lớn ${(size / 1048576).toFixed(1)} MiB, vượt giới hạn ${(maxBytes / 1048576).toFixed(1)} MiB`,
        en: `The file is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit`,
      },
      fileName === undefined ? null : { file: fileName },
    ),
  ]);
}

function unreadable(error: unknown, fileName: string | undefined): ImportResult {
  const reason = error instanceof Error ? error.message : String(error);
  return failed([
    diagnostic(
      "import.format-unknown",
      "error",
      { vi: `Không đọc được tệp: ${reason}`, en: `The file cannot be read: ${reason}` },
      fileName === undefined ? null : { file: fileName },
    ),
  ]);
}

/** The caller's registry, else one built from the plugins' units and wards; or why they clash (two units claim one alias, …). */
function registryOf(
  given: UnitRegistry | undefined,
  plugins: readonly PluginData[],
): { registry: UnitRegistry } | { failure: ImportResult } {
  try {
    return {
      registry:
        given ??
        createUnitRegistry(
          plugins.flatMap((plugin) => [...(plugin.units ?? [])]),
          plugins.flatMap((plugin) => [...(plugin.wards ?? [])]),
        ),
    };
  } catch (error) {
    // Say so, import nothing half-resolved.
    const found = error instanceof KehoachError ? [...error.diagnostics] : [];
    const reason = error instanceof Error ? error.message : String(error);
    return {
      failure: failed(
        found.length > 0
          ? found
          : [
              diagnostic(
                "import.input-invalid",
                "error",
                {
                  vi: `Đơn vị của các plugin xung đột: ${reason}`,
                  en: `The plugins' units conflict: ${reason}`,
                },
                null,
              ),
            ],
      ),
    };
  }
}

/**
 * Imports a plan document (extracted text, Markdown, .docx, .xlsx, .csv or PDF) into a
 * validated `Plan`, with located bilingual diagnostics and the row ledger.
 * Never throws on user data: bad input gives `plan: null` and error
 * diagnostics.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { importPlan } from "@kehoach/import";
 * import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
 *
 * const data = new Uint8Array(await readFile("ke-hoach.txt"));
 * const { plan, diagnostics } = await importPlan({ data, fileName: "ke-hoach.txt" }, { plugins: [thanhXuan70] });
 * plan?.id; // "ke-hoach-70-nam-giai-phong-thu-do"
 * diagnostics.filter((d) => d.severity === "error"); // []
 * ```
 */
export async function importPlan(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const parsedInput = ImportInputSchema.safeParse(input);
  const parsedOptions = ImportOptionsSchema.safeParse(options);
  if (!parsedInput.success || !parsedOptions.success)
    return invalidArguments([...(parsedInput.error?.issues ?? []), ...(parsedOptions.error?.issues ?? [])]);
  const opts = parsedOptions.data;
  const { data, fileName } = parsedInput.data;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof data === "string" ? data.length : data.length;
  if (size > maxBytes) return tooLarge(size, maxBytes, fileName);
  let doc: SourceDocument;
  try {
    doc = await readDocument(parsedInput.data, {
      limits: opts.limits,
      maxPages: opts.maxPages,
      ocr: opts.ocr,
      onProgress: opts.onProgress,
    });
  } catch (error) {
    return unreadable(error, fileName);
  }
  if (doc.diagnostics.some((d) => d.severity === "error") && doc.blocks.length === 0) {
    return { plan: null, diagnostics: doc.diagnostics, ledger: [], document: null };
  }
  const onProgress = opts.onProgress;
  onProgress?.({ phase: "read", done: 0, total: 0 });
  const assembly = assembleTables(doc, {
    columnSynonyms: (opts.plugins ?? []).flatMap((plugin) => [...(plugin.columnSynonyms ?? [])]),
  });
  onProgress?.({ phase: "assemble", done: 0, total: 0 });
  const vocabulary = (opts.plugins ?? []).flatMap((plugin) => plugin.periodVocabulary ?? []);
  const tools: ImportTools = memoizeImportTools({ ...defaultImportTools(vocabulary), ...(opts.tools ?? {}) });
  const plugins = opts.plugins ?? [];
  const registered = registryOf(opts.registry, plugins);
  if ("failure" in registered) return registered.failure;
  return buildPlan({
    doc,
    assembly,
    plugins,
    registry: registered.registry,
    year: opts.year ?? null,
    tools,
    // The caller's resolvers or registry are outside input: their results are checked with the whole PlanSchema.
    checkAll: opts.tools !== undefined || opts.registry !== undefined,
    content:
      typeof data === "string"
        ? data
        : doc.format === "text"
          ? (decodedTextOf(doc) ?? decodeBytes(data).text)
          : null,
    onProgress,
  });
}
