import { createDiagnostic, type Diagnostic, zodIssuesToDiagnostics } from "@kehoach/core";

/** Severity of a diagnostic. */
export type Severity = Diagnostic["severity"];

/** Every diagnostic code the importer emits (documented in docs/import.md). */
export const importDiagnosticCodes = [
  "import.input-invalid",
  "import.format-unknown",
  "import.binary",
  "import.too-large",
  "import.encoding-legacy",
  "import.encoding-invalid",
  "import.encoding-detected",
  "import.encoding-unknown",
  "import.zip-invalid",
  "import.zip-limit",
  "import.docx-invalid",
  "import.xlsx-invalid",
  "import.xlsx-limit",
  "import.csv-malformed",
  "import.pdf-invalid",
  "import.pdf-limit",
  "import.pdf-no-text",
  "import.pdf-text-garbled",
  "import.ocr-unavailable",
  "import.ocr-failed",
  "import.no-table",
  "import.no-header",
  "import.columns",
  "import.column-unknown",
  "import.column-missing",
  "import.extra-cells",
  "import.orphan-row",
  "import.row-continued",
  "import.stray-text",
  "import.inherited",
  "import.missing-lead",
  "import.missing-time",
  "import.numbering-gap",
  "import.numbering-order",
  "import.duplicate-code",
  "import.code-unrecognised",
  "import.abbreviation-learned",
  "import.units-from-document",
  "import.period-unknown",
  "import.year-assumed",
  "import.title-missing",
  "import.resolver-failed",
  "import.plan-invalid",
] as const;

/** A diagnostic code of the importer. */
export type ImportDiagnosticCode = (typeof importDiagnosticCodes)[number];

/** Builds a diagnostic: core's `createDiagnostic` with the importer's codes checked. */
export const diagnostic = createDiagnostic<ImportDiagnosticCode>;

/** The importer's zod diagnostics: core's `zodIssuesToDiagnostics` with its codes checked. */
export const importZodDiagnostics = zodIssuesToDiagnostics<ImportDiagnosticCode>;
