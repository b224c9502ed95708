export { detectFormat } from "./detectFormat";
export { type ImportDiagnosticCode, importDiagnosticCodes } from "./diagnostics";
export { isDocumentFrameLine } from "./document/documentLines";
export {
  type DocumentMetadata,
  type DocumentSigner,
  parseSigner,
  readDocumentMetadata,
} from "./document/readDocumentMetadata";
export {
  type CandidateEncoding,
  chooseEncoding,
  type EncodingDecision,
  type EncodingScore,
} from "./encoding/chooseEncoding";
export {
  convertLegacyLines,
  type DecodedText,
  decodeBytes,
  type LegacyConversion,
  looksBinary,
} from "./encoding/decodeBytes";
export {
  convertLegacy,
  convertTcvn3,
  convertVni,
  detectLegacyEncoding,
  type LegacyDetection,
  type LegacyEncoding,
  tcvn3ToUnicode,
  vniToUnicode,
} from "./encoding/legacyEncodings";
export {
  isVietnameseSyllable,
  scoreVietnameseText,
  type VietnameseScore,
} from "./encoding/scoreVietnameseText";
export {
  DEFAULT_MAX_BYTES,
  type ImportInput,
  ImportInputSchema,
  type ImportOptions,
  ImportOptionsSchema,
  type ImportResult,
  importPlan,
  readDocument,
} from "./importPlan";
export { type LedgerEntry, LedgerEntrySchema, type LedgerKind, LedgerKindSchema } from "./LedgerEntry";
export type { ImportProgress } from "./plan/buildPlan";
export { defaultImportTools, type ImportTools } from "./plan/ImportTools";
export {
  type LearnedAbbreviation,
  type LocatedText,
  learnAbbreviations,
  withAbbreviations,
} from "./plan/learnAbbreviations";
export { memoizeImportTools } from "./plan/memoizeImportTools";
export type { PluginData } from "./plan/PluginData";
export { type PlanIdInput, planIdOf, type ShippedPlan } from "./plan/planIdOf";
export { splitExpectedItems } from "./plan/splitExpectedItems";
export type { PageLayout, PageWord, Rule } from "./readers/pdf/PageLayout";
export {
  DEFAULT_MAX_PAGES,
  type PdfOcr,
  type PdfOcrRequest,
  type ReadPdfOptions,
  ReadPdfOptionsSchema,
  readPdf,
} from "./readers/pdf/readPdf";
export { type DocumentSignature, readPdfSignatures } from "./readers/pdf/readSignatures";
export { type ReadCsvOptions, ReadCsvOptionsSchema, readCsv } from "./readers/readCsv";
export { type ReadDocxOptions, ReadDocxOptionsSchema, readDocx } from "./readers/readDocx";
export { type ReadMarkdownOptions, ReadMarkdownOptionsSchema, readMarkdown } from "./readers/readMarkdown";
export { type ReadTextOptions, ReadTextOptionsSchema, readText } from "./readers/readText";
export { MAX_XLSX_CELLS, type ReadXlsxOptions, ReadXlsxOptionsSchema, readXlsx } from "./readers/readXlsx";
export { type ZipLimits, ZipLimitsSchema } from "./readers/unzipSafely";
export type {
  ImportFormat,
  SourceBlock,
  SourceCell,
  SourceDocument,
  SourceParagraph,
  SourceRow,
} from "./SourceDocument";
export {
  builtinColumnSynonyms,
  type ColumnSynonym,
  createSynonymMatcher,
  foldLabel,
  type SynonymMatcher,
} from "./table/columnSynonyms";
export { type CodeStyle, type ParsedCode, parseCode, romanToNumber } from "./table/numberRows";
export {
  type Column,
  createHeaderReader,
  type HeaderReader,
  recogniseColumns,
  roleOfLabel,
} from "./table/recogniseColumns";
export { parseInlineMarkup } from "./text/parseInlineMarkup";
export type { FlatText, RichText, TextSegment } from "./text/RichText";
