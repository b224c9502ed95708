export { DOCUMENT_KINDS, type DocumentKindWord, kindFromSymbol, kindLabel } from "./documentKinds";
export { findDocumentRefs } from "./findDocumentRefs";
export {
  type FormatDocumentRefOptions,
  FormatDocumentRefOptionsSchema,
  formatDocumentRef,
} from "./formatDocumentRef";
export { parseDocumentRef } from "./parseDocumentRef";
