export { canonicalizeToneMarks } from "./canonicalizeToneMarks";
export { compareVietnamese } from "./compareVietnamese";
export { decodeEntities } from "./decodeEntities";
export { escapeHtml } from "./escapeHtml";
export { type FoldOptions, FoldOptionsSchema, foldForSearch } from "./foldForSearch";
export { isWhiteSpaceCode } from "./isWhiteSpaceCode";
export { type NormalizeTextOptions, NormalizeTextOptionsSchema, normalizeText } from "./normalizeText";
export { normalizeWithOffsets, type OffsetText } from "./normalizeWithOffsets";
export { slugify } from "./slugify";
