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
