export {
  type Account,
  type AccountInput,
  AccountInputSchema,
  type AccountPatch,
  AccountPatchSchema,
  type Role,
  RoleSchema,
  type Session,
} from "./accounts/Account";
export { hashPassword, verifyPassword } from "./accounts/passwordHash";
export { canonicalJson } from "./canonicalJson";
export { exportEventsJsonl, type ImportEventsResult, importEventsJsonl } from "./eventsJsonl";
export { GENESIS_HASH } from "./hashEventRow";
export { LATEST_SCHEMA_VERSION, type Migration, migrations } from "./migrations";
export {
  openPlanRuntime,
  type StorePlanRuntime,
  type SubmitOptions,
  type SubmitResult,
} from "./openPlanRuntime";
export { type OpenStoreOptions, openStore } from "./openStore";
export { DEFAULT_SQLITE_FILE, parseStoreUrl, redactUrl, type StoreLocation } from "./parseStoreUrl";
export type {
  AccountStore,
  AppendInput,
  AppendOutcome,
  AppendResult,
  ExpectedVersion,
  LoadedState,
  LogChange,
  LogWatch,
  PlanVersion,
  ReadEventsOptions,
  SavePlanResult,
  SchemaInfo,
  Snapshot,
  SnapshotInput,
  SnapshotPolicy,
  Store,
  StoredEvent,
  StoreKind,
} from "./Store";
export { isStoreError, StoreError, type StoreErrorCode } from "./StoreError";
export { type StoreDiagnosticCode, storeDiagnosticCodes } from "./storeDiagnosticCodes";
export type { ChainBreak, ChainBreakKind, VerifyResult } from "./verify/VerifyResult";
