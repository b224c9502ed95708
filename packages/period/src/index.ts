export { dayNumber, fromDayNumber, isoFromDayNumber, type Ymd } from "./calendar/dayNumber";
export type {
  Chunk,
  ChunkRole,
  CompiledVocabulary,
  DeadlineMode,
  NamedDayEntry,
  Parser,
  ParsingContext,
  Refiner,
  RelativeOffset,
  TimeOfDay as ChunkTimeOfDay,
} from "./engine/Chunk";
export type { Configuration } from "./engine/Configuration";
export type { IntervalStyle } from "./engine/formatInterval";
export type { Moment, Part, YearSource } from "./engine/Moment";
export type { BilingualMessage } from "./errors/BilingualMessage";
export {
  type DescribeZodIssuesOptions,
  describeZodIssues,
  issuePath,
  type ZodIssueDescription,
} from "./errors/describeZodIssues";
export { localizeZodIssue, type ZodIssueLike } from "./errors/localizeZodIssue";
export { PeriodError } from "./errors/PeriodError";
export { type FoundPeriod, findPeriods } from "./findPeriods";
export { type FormatStyle, formatPeriod, type PeriodInterval, PeriodIntervalSchema } from "./formatPeriod";
export { type ConfigurationOptions, createConfiguration } from "./locale/vi/createConfiguration";
export { CAN, type CanChi, CHI, canChi, canChiOfYear } from "./lunar/canChi";
export { fromLunar } from "./lunar/fromLunar";
export {
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  type LunarDate,
  type LunarDateInput,
  LunarDateSchema,
  type LunarOptions,
  LunarOptionsSchema,
} from "./lunar/LunarDate";
export { type SolarDateInput, SolarDateInputSchema } from "./lunar/SolarDateInput";
export { tet } from "./lunar/tet";
export { toLunar } from "./lunar/toLunar";
export { type ParsePeriodOptions, ParsePeriodOptionsSchema } from "./ParsePeriodOptions";
export {
  IsoDateSchema,
  type Milestone,
  MilestoneLevelSchema,
  MilestoneSchema,
  type PeriodDiagnostic,
  PeriodDiagnosticSchema,
  type PeriodKind,
  PeriodKindSchema,
  type PeriodResult,
  PeriodResultSchema,
} from "./PeriodResult";
export {
  type NamedDay,
  NamedDaySchema,
  type PeriodVocabulary,
  PeriodVocabularySchema,
} from "./PeriodVocabulary";
export { parsePeriod } from "./parsePeriod";
export { periodResultJsonSchema } from "./periodResultJsonSchema";
export type { Token, TokenKind } from "./text/tokenize";
